import type { Role } from '@houqin/contracts';
import { i18n } from './i18n';

/** 职工、单位管理员 / Staff, Unit administrator */
export function formatRoles(roles: readonly Role[]): string {
  return roles.map((role) => i18n.t(`roles.${role}`)).join(i18n.t('app.listSeparator'));
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../locales/zh-CN';

type ActionKey = keyof Messages['audit']['actions'];
type EntityTypeKey = keyof Messages['audit']['entityTypes'];

/** `user.password_reset` → `user_password_reset` (i18n keys cannot hold dots). */
const keyOf = (code: string) => code.replace(/\./g, '_');

/** Actions and entity types the server records today; free text still works for new ones. */
export const knownActions = [
  'auth.login',
  'auth.logout',
  'auth.login_failed',
  'auth.account_locked',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'user.imported',
  'user.password_reset',
  'user.password_changed',
  'user.unlocked',
  'user.profile_updated',
  'unit.created',
  'unit.updated',
  'unit.deleted',
  'audit.exported',
  'calendar.day_set',
  'calendar.day_reset',
  'calendar.imported',
  'job.retried',
  'file.uploaded',
  'announcement.published',
] as const;

export const knownEntityTypes = [
  'user',
  'unit',
  'audit_log',
  'session',
  'calendar_day',
  'calendar',
  'scheduled_job',
  'file',
  'announcement',
] as const;

/** Localized names of action and entity-type codes, falling back to the code itself. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const action = useCallback(
    (code: string) => {
      const key = `audit.actions.${keyOf(code)}`;
      return i18n.exists(key) ? t(`audit.actions.${keyOf(code) as ActionKey}`) : code;
    },
    [t, i18n],
  );
  const entityType = useCallback(
    (code: string) =>
      i18n.exists(`audit.entityTypes.${code}`) ? t(`audit.entityTypes.${code as EntityTypeKey}`) : code,
    [t, i18n],
  );
  return { action, entityType };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allRoles } from '../lib/roles';

/** Every role, localized, for Select options. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return useMemo(() => allRoles.map((role) => ({ value: role, label: t(`roles.${role}`) })), [t]);
}

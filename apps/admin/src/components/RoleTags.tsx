import type { Role } from '@houqin/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortRoles } from '../lib/roles';

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <>
      {sortRoles(roles).map((role) => (
        <Tag key={role} color="blue" style={{ marginBlock: 2 }}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </>
  );
}

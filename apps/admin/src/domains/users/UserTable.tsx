import type { User } from '@houqin/contracts';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleTags } from '../../components/RoleTags';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../lib/format';
import { type Page, pageSizeOptions } from '../../lib/page';
import { statusLabel, statusTone, userStatus } from './status';

interface Props {
  data: Page<User> | undefined;
  loading: boolean;
  canEdit: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onUnlock: (user: User) => void;
}

export function UserTable({
  data,
  loading,
  canEdit,
  onPageChange,
  onEdit,
  onResetPassword,
  onUnlock,
}: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<User> = [
    { key: 'username', title: t('users.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    { key: 'mobile', title: t('users.mobile'), dataIndex: 'mobileMasked', render: (value) => value ?? '—' },
    {
      key: 'employeeCode',
      title: t('users.employeeCode'),
      dataIndex: 'employeeCode',
      render: (v) => v ?? '—',
    },
    { key: 'unit', title: t('users.unit'), dataIndex: 'unitName' },
    { key: 'roles', title: t('users.roles'), render: (_, user) => <RoleTags roles={user.roles} /> },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, user) => {
        const status = userStatus(user);
        return <StatusTag tone={statusTone[status]}>{t(statusLabel[status])}</StatusTag>;
      },
    },
    {
      key: 'lastLogin',
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (value: string | null) => (value ? formatDateTime(value) : t('users.neverLoggedIn')),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onEdit(user)}>
            {t('users.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => onResetPassword(user)}>
            {t('users.resetPassword')}
          </Button>
          {userStatus(user) === 'locked' ? (
            <Button type="link" size="small" onClick={() => onUnlock(user)}>
              {t('users.unlock')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}

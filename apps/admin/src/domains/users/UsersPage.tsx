import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { User } from '@houqin/contracts';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCan } from '../auth/current-session';
import { useUnlockUser, useUsers } from './api';
import { exportFilters, parseUserFilters } from './filters';
import { ImportModal } from './ImportModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilterBar } from './UserFilterBar';
import { UserFormDrawer } from './UserFormDrawer';
import { UserTable } from './UserTable';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'reset'; user: User }
  | { kind: 'import' };

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const canEdit = can('users.edit');
  const allUnits = can('users.viewAllUnits');
  const [filters, setFilters] = useUrlFilters(parseUserFilters);
  const users = useUsers(filters);
  const unlock = useUnlockUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const onUnlock = (user: User) =>
    unlock.mutate(user.id, {
      onSuccess: () => void message.success(t('users.unlocked')),
      onError: (error) => void message.error(parseApiError(error)),
    });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <>
            {canEdit ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {t('users.create')}
              </Button>
            ) : null}
            {canEdit ? (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>
                {t('common.import')}
              </Button>
            ) : null}
            <ExportButton path="/api/admin/users/export.xlsx" filters={exportFilters(filters)} />
          </>
        }
      />
      {allUnits ? null : (
        <Alert type="info" showIcon title={t('users.scopeHint')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <UserFilterBar
          filters={filters}
          showUnit={allUnits}
          onSearch={(values) => setFilters({ ...values, page: 1, pageSize: filters.pageSize })}
        />
        {users.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={parseApiError(users.error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <UserTable
          data={users.data}
          loading={users.isFetching}
          canEdit={canEdit}
          onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
          onEdit={(user) => setDialog({ kind: 'edit', user })}
          onResetPassword={(user) => setDialog({ kind: 'reset', user })}
          onUnlock={onUnlock}
        />
      </Card>
      {dialog?.kind === 'create' ? <UserFormDrawer onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <UserFormDrawer user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'import' ? <ImportModal onClose={close} /> : null}
    </>
  );
}

import type { Unit } from '@houqin/contracts';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { useDeleteUnit } from './api';

/** 删除 with a confirmation; UNIT_HAS_CHILDREN / UNIT_HAS_USERS come back as a localized message. */
export function DeleteUnitButton({ unit, onDeleted }: { unit: Unit; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteUnit();
  const confirm = () =>
    remove.mutateAsync(unit.id).then(
      () => {
        void message.success(t('units.deleted'));
        onDeleted();
      },
      (error: unknown) => {
        void message.error(parseApiError(error));
      },
    );
  return (
    <Popconfirm
      title={t('units.deleteConfirm', { name: unit.name })}
      description={t('units.deleteHint')}
      okText={t('common.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button danger loading={remove.isPending}>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}

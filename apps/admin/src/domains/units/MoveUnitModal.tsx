import type { Unit } from '@houqin/contracts';
import { App, Form, Modal } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useSubmitError } from '../../lib/use-submit-error';
import { useUpdateUnit } from './api';
import { subtreeIds } from './tree';

const ROOT = '__root__';

interface Props {
  unit: Unit;
  units: readonly Unit[];
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}

/** Pick a new parent; the unit itself and its sub-units cannot be picked (the server says UNIT_CYCLE too). */
export function MoveUnitModal({ unit, units, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string }>();
  const update = useUpdateUnit();
  const onError = useSubmitError(form);
  const disabledIds = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);
  const root = useMemo(() => ({ value: ROOT, title: t('units.topLevel') }), [t]);

  const onFinish = ({ parentId }: { parentId: string }) => {
    const input = { parentId: parentId === ROOT ? null : parentId };
    update.mutate(
      { id: unit.id, input },
      {
        onSuccess: (moved) => {
          void message.success(t('units.moved'));
          onSaved(moved);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('units.moveTitle', { name: unit.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ parentId: unit.parentId ?? ROOT }}
        onFinish={onFinish}
      >
        <Form.Item name="parentId" label={t('units.moveTo')} rules={[{ required: true }]}>
          <UnitTreeSelect disabledIds={disabledIds} extraOption={root} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

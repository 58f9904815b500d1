import type { Unit } from '@houqin/contracts';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { useCreateUnit, useUpdateUnit } from './api';
import type { UnitDialog } from './dialog';

interface Values {
  name?: string;
  code?: string;
  sortOrder?: number;
}

type Props = {
  dialog: Extract<UnitDialog, { kind: 'create' | 'rename' | 'code' }>;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
};

const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

/** New unit (name, code, order), rename (name) or change code (code). */
export function UnitFormModal({ dialog, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const onError = useSubmitError(form);
  const showName = dialog.kind !== 'code';
  const showCode = dialog.kind !== 'rename';

  const title =
    dialog.kind === 'create'
      ? dialog.parent
        ? t('units.createChildTitle', { parent: dialog.parent.name })
        : t('units.createTitle')
      : dialog.kind === 'rename'
        ? t('units.renameTitle')
        : t('units.changeCodeTitle');

  const saved = (unit: Unit) => {
    void message.success(dialog.kind === 'create' ? t('units.created') : t('units.updated'));
    onSaved(unit);
  };

  const onFinish = (values: Values) => {
    if (dialog.kind === 'create') {
      const input = {
        name: values.name ?? '',
        code: values.code ?? '',
        parentId: dialog.parent?.id ?? null,
        sortOrder: values.sortOrder ?? 0,
      };
      create.mutate(input, { onSuccess: saved, onError });
    } else {
      const input = dialog.kind === 'rename' ? { name: values.name } : { code: values.code };
      update.mutate({ id: dialog.unit.id, input }, { onSuccess: saved, onError });
    }
  };

  const initialValues: Values =
    dialog.kind === 'create' ? { sortOrder: 0 } : { name: dialog.unit.name, code: dialog.unit.code };

  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {showName ? (
          <Form.Item
            name="name"
            label={t('units.name')}
            rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        ) : null}
        {showCode ? (
          <Form.Item
            name="code"
            label={t('units.code')}
            rules={[
              { required: true, whitespace: true, message: t('units.codeRequired') },
              { pattern: CODE_PATTERN, message: t('units.codePattern') },
            ]}
          >
            <Input maxLength={32} />
          </Form.Item>
        ) : null}
        {dialog.kind === 'create' ? (
          <Form.Item name="sortOrder" label={t('units.sortOrder')}>
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

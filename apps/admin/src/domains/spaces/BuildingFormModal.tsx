import type { Building } from '@houqin/contracts';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { useSaveBuilding } from './api';

interface Values {
  name: string;
  code: string;
  address?: string;
  sort?: number;
}

const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

/** 新建楼宇 without `building`, otherwise 编辑楼宇. */
export function BuildingFormModal({ building, onClose }: { building?: Building; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveBuilding();
  const onError = useSubmitError(form);

  const onFinish = (values: Values) => {
    const input = {
      name: values.name.trim(),
      code: values.code.trim(),
      address: values.address?.trim() || null,
      sort: values.sort ?? 0,
    };
    save.mutate(
      { id: building?.id, input },
      {
        onSuccess: () => {
          void message.success(t('spaces.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={building ? t('spaces.editBuilding', { name: building.name }) : t('spaces.newBuilding')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          building
            ? {
                name: building.name,
                code: building.code,
                address: building.address ?? undefined,
                sort: building.sort,
              }
            : { sort: 0 }
        }
        onFinish={onFinish}
      >
        <Form.Item
          name="name"
          label={t('spaces.buildingName')}
          rules={[{ required: true, whitespace: true, message: t('spaces.buildingNameRequired') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('spaces.buildingCode')}
          extra={t('spaces.buildingCodeHint')}
          rules={[
            { required: true, whitespace: true, message: t('spaces.buildingCodeRequired') },
            { pattern: CODE_PATTERN, message: t('spaces.buildingCodePattern') },
          ]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="address" label={t('spaces.address')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="sort" label={t('spaces.sort')} extra={t('spaces.sortHint')}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

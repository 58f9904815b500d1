import type { Building, Floor } from '@houqin/contracts';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { useSaveFloor } from './api';

interface Values {
  level: number;
  name: string;
}

/** 新增楼层 in `building` without `floor`, otherwise 编辑楼层. */
export function FloorFormModal({
  building,
  floor,
  onClose,
}: {
  building: Building;
  floor?: Floor;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveFloor();
  const onError = useSubmitError(form);

  const onFinish = (values: Values) => {
    const common = { level: values.level, name: values.name.trim() };
    save.mutate(
      { id: floor?.id, input: floor ? common : { ...common, buildingId: building.id } },
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
      title={
        floor
          ? t('spaces.editFloor', { building: building.name, name: floor.name })
          : t('spaces.newFloorIn', { building: building.name })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={floor ? { level: floor.level, name: floor.name } : undefined}
        onFinish={onFinish}
      >
        <Form.Item
          name="level"
          label={t('spaces.level')}
          extra={t('spaces.levelHint')}
          rules={[{ required: true, message: t('spaces.levelRequired') }]}
        >
          <InputNumber min={-20} max={200} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('spaces.floorName')}
          extra={t('spaces.floorNameHint')}
          rules={[{ required: true, whitespace: true, message: t('spaces.floorNameRequired') }]}
        >
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

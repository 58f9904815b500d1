import { type Building, type Room, type RoomUse, roomUses } from '@houqin/contracts';
import {
  App,
  Button,
  Cascader,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { useSaveRoom } from './api';

interface Values {
  floorId?: string;
  number: string;
  name: string;
  areaM2: number;
  use: RoomUse;
  active: boolean;
}

/** 新增房间 (on a floor picked from building → floor, preset to `floorId`) without `room`, otherwise 编辑房间. */
export function RoomFormDrawer({
  room,
  buildings,
  floorId,
  onClose,
}: {
  room?: Room;
  buildings: readonly Building[];
  floorId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRoom();
  const onError = useSubmitError(form);

  const floorOptions = useMemo(
    () =>
      buildings.map((b) => ({
        value: b.id,
        label: b.name,
        disabled: b.floors.length === 0,
        children: [...b.floors]
          .sort((x, y) => x.level - y.level)
          .map((f) => ({ value: f.id, label: f.name })),
      })),
    [buildings],
  );
  const buildingOfFloor = (id: string) => buildings.find((b) => b.floors.some((f) => f.id === id))?.id;

  const onFinish = (values: Values) => {
    const common = {
      number: values.number.trim(),
      name: values.name.trim(),
      areaM2: values.areaM2,
      use: values.use,
      active: values.active,
    };
    save.mutate(
      { id: room?.id, input: room ? common : { ...common, floorId: values.floorId ?? '' } },
      {
        onSuccess: () => {
          void message.success(t('spaces.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  const initialValues: Partial<Values> = room
    ? { number: room.number, name: room.name, areaM2: room.areaM2, use: room.use, active: room.active }
    : { floorId, use: 'office', active: true };

  return (
    <Drawer
      open
      size={480}
      title={room ? t('spaces.editRoom', { name: room.name }) : t('spaces.newRoom')}
      onClose={onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {room ? (
          <Form.Item label={t('spaces.location')}>
            <Typography.Text>{`${room.buildingName} · ${room.floorName}`}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="floorId"
            label={t('spaces.location')}
            rules={[{ required: true, message: t('spaces.floorRequired') }]}
            getValueProps={(id?: string) => ({ value: id ? [buildingOfFloor(id), id] : undefined })}
            normalize={(path?: string[]) => path?.[1]}
          >
            <Cascader options={floorOptions} placeholder={t('spaces.floorRequired')} />
          </Form.Item>
        )}
        <Form.Item
          name="number"
          label={t('spaces.number')}
          rules={[{ required: true, whitespace: true, message: t('spaces.numberRequired') }]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('spaces.roomName')}
          rules={[{ required: true, whitespace: true, message: t('spaces.roomNameRequired') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="areaM2"
          label={t('spaces.area')}
          rules={[{ required: true, message: t('spaces.areaRequired') }]}
        >
          <InputNumber min={0.01} max={999_999.99} precision={2} suffix="m²" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="use" label={t('spaces.use')} rules={[{ required: true }]}>
          <Select options={roomUses.map((use) => ({ value: use, label: t(`spaces.uses.${use}`) }))} />
        </Form.Item>
        <Form.Item
          name="active"
          label={t('spaces.active')}
          valuePropName="checked"
          extra={t('spaces.activeHint')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

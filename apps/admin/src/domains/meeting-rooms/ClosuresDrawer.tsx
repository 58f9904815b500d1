import type { Booking, MeetingRoom } from '@houqin/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Popconfirm,
  Space,
  Spin,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { isApiError } from '../../lib/api-error';
import { parseApiError } from '../../lib/errors';
import { fieldErrorsOf } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { useSubmitError } from '../../lib/use-submit-error';
import { AffectedBookings } from './AffectedBookings';
import { useClosures, useCreateClosure, useDeleteClosure } from './api';
import { roomPlace } from './labels';
import { formatSlot, wallClockIso } from './time';

interface Values {
  range: [Dayjs, Dayjs];
  reason: string;
}

/** 关闭安排: periods a room cannot be booked; the bookings already inside are listed to cancel or move. */
export function ClosuresDrawer({ room, onClose }: { room: MeetingRoom; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const closures = useClosures(room.id);
  const create = useCreateClosure(room.id);
  const remove = useDeleteClosure(room.id);
  const submitError = useSubmitError(form);
  const [created, setCreated] = useState<{ reason: string; affected: Booking[] } | null>(null);

  const closedText = (count: number) =>
    count > 0 ? t('meetingRooms.closureCreated', { count }) : t('meetingRooms.closureCreatedNone');

  const onError = (error: unknown) => {
    submitError(error);
    // startsAt/endsAt (and CLOSURE_OVERLAPS) belong to the one range field
    const text = parseApiError(error);
    const errors = fieldErrorsOf(error, ['startsAt', 'endsAt'], text).flatMap((field) => field.errors);
    if (isApiError(error) && error.code === 'CLOSURE_OVERLAPS') errors.push(text);
    if (errors.length > 0) form.setFields([{ name: 'range', errors }]);
  };

  const onFinish = ({ range, reason }: Values) =>
    create.mutate(
      { startsAt: wallClockIso(range[0]), endsAt: wallClockIso(range[1]), reason: reason.trim() },
      {
        onSuccess: (result) => {
          void message.success(closedText(result.affected.length));
          setCreated({ reason: result.closure.reason, affected: result.affected });
          form.resetFields();
        },
        onError,
      },
    );

  const items = closures.data?.items ?? [];

  return (
    <Drawer
      open
      size={860}
      title={t('meetingRooms.closuresTitle', { room: `${roomPlace(room)} ${room.name}` })}
      onClose={onClose}
    >
      <Card size="small" title={t('meetingRooms.newClosure')} style={{ marginBottom: 16 }}>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item
            name="range"
            label={t('meetingRooms.closurePeriod')}
            extra={t('meetingRooms.beijingTime')}
            rules={[{ required: true, message: t('meetingRooms.closurePeriodRequired') }]}
          >
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              aria-label={t('meetingRooms.closurePeriod')}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('meetingRooms.closureReason')}
            rules={[{ required: true, whitespace: true, message: t('meetingRooms.closureReasonRequired') }]}
          >
            <Input maxLength={200} showCount placeholder={t('meetingRooms.closureReasonPlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('meetingRooms.closeRoom')}
          </Button>
        </Form>
        {created ? (
          <div aria-live="polite" style={{ marginTop: 16 }}>
            <Alert
              type={created.affected.length > 0 ? 'warning' : 'success'}
              showIcon
              title={closedText(created.affected.length)}
              style={{ marginBottom: 8 }}
            />
            {created.affected.length > 0 ? (
              <AffectedBookings bookings={created.affected} reason={created.reason} />
            ) : null}
          </div>
        ) : null}
      </Card>

      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('meetingRooms.existingClosures')}
      </Typography.Title>
      <LoadError error={closures.error} />
      {closures.isLoading ? <Spin /> : null}
      {!closures.isLoading && items.length === 0 ? (
        <Empty description={t('meetingRooms.noClosures')} />
      ) : null}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {items.map((closure) => (
          <Card
            key={closure.id}
            size="small"
            title={formatSlot(closure.startsAt, closure.endsAt, i18n.language)}
            extra={
              <Popconfirm
                title={t('meetingRooms.deleteClosureConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(closure.id).then(
                    () => void message.success(t('meetingRooms.closureDeleted')),
                    (error) => void message.error(parseApiError(error)),
                  )
                }
              >
                <Button size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            }
          >
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              {t('meetingRooms.closureLine', {
                reason: closure.reason,
                name: closure.createdBy.displayName,
                time: formatDateTime(closure.createdAt),
              })}
            </Typography.Paragraph>
            <AffectedBookings bookings={closure.affected} reason={closure.reason} />
          </Card>
        ))}
      </Space>
    </Drawer>
  );
}

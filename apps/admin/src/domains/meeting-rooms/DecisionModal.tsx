import type { Booking, ChangeResult } from '@houqin/contracts';
import { Descriptions, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { type DecisionScope, useDecideBooking } from './api';
import { roomPlace } from './labels';
import { formatSlot } from './time';

interface Values {
  scope: DecisionScope;
  reason?: string;
}

/** 批准 (of a series: this one or every pending one) or 驳回 with a reason the booker will read. */
export function DecisionModal({
  booking,
  decision,
  onDecided,
  onClose,
}: {
  booking: Booking;
  decision: 'approve' | 'reject';
  onDecided: (result: ChangeResult) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const decide = useDecideBooking();
  const onError = useSubmitError(form);
  const rejecting = decision === 'reject';

  const onFinish = ({ scope, reason }: Values) =>
    decide.mutate(
      { id: booking.id, decision, scope, reason: reason?.trim() },
      {
        onSuccess: (result) => {
          onDecided(result);
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      title={rejecting ? t('meetingRooms.rejectTitle') : t('meetingRooms.approveTitle')}
      okText={rejecting ? t('meetingRooms.reject') : t('meetingRooms.approve')}
      okButtonProps={{ danger: rejecting }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'title', label: t('meetingRooms.bookingTitle'), children: booking.title },
          {
            key: 'room',
            label: t('meetingRooms.room'),
            children: `${booking.room.name}（${roomPlace(booking.room)}）`,
          },
          {
            key: 'time',
            label: t('meetingRooms.time'),
            children: formatSlot(booking.startsAt, booking.endsAt, i18n.language),
          },
          {
            key: 'booker',
            label: t('meetingRooms.booker'),
            children: `${booking.booker.displayName}（${booking.unit.name}）`,
          },
        ]}
      />
      <Form<Values> form={form} layout="vertical" initialValues={{ scope: 'this' }} onFinish={onFinish}>
        {booking.seriesId ? (
          <Form.Item name="scope" label={t('meetingRooms.decisionScope')}>
            <Radio.Group
              options={[
                { value: 'this', label: t('meetingRooms.scopeThis') },
                { value: 'series', label: t('meetingRooms.scopeSeries') },
              ]}
            />
          </Form.Item>
        ) : null}
        {rejecting ? (
          <Form.Item
            name="reason"
            label={t('meetingRooms.rejectReason')}
            extra={t('meetingRooms.rejectReasonHint')}
            rules={[{ required: true, whitespace: true, message: t('meetingRooms.rejectReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

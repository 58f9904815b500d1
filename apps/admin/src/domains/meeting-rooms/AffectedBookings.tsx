import type { Booking } from '@houqin/contracts';
import { App, Button, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';
import { parseApiError } from '../../lib/errors';
import { useCancelBooking } from './api';
import { bookingStatusTone } from './labels';
import { formatSlot } from './time';

/** The bookings inside a closure, each with 取消 (the booker is told the closure's reason). */
export function AffectedBookings({ bookings, reason }: { bookings: Booking[]; reason: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const cancel = useCancelBooking();
  if (bookings.length === 0) {
    return <Typography.Text type="secondary">{t('meetingRooms.noAffected')}</Typography.Text>;
  }
  return (
    <Table<Booking>
      size="small"
      rowKey="id"
      dataSource={bookings}
      pagination={false}
      columns={[
        {
          key: 'time',
          title: t('meetingRooms.time'),
          render: (_, b) => formatSlot(b.startsAt, b.endsAt, i18n.language),
        },
        { key: 'title', title: t('meetingRooms.bookingTitle'), dataIndex: 'title' },
        {
          key: 'booker',
          title: t('meetingRooms.booker'),
          render: (_, b) => `${b.booker.displayName}（${b.unit.name}）`,
        },
        {
          key: 'status',
          title: t('meetingRooms.status'),
          render: (_, b) => (
            <StatusTag tone={bookingStatusTone[b.status]}>
              {t(`meetingRooms.bookingStatuses.${b.status}`)}
            </StatusTag>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, b) =>
            b.status === 'pending' || b.status === 'confirmed' ? (
              <Popconfirm
                title={t('meetingRooms.cancelBookingConfirm')}
                description={t('meetingRooms.cancelBookingHint')}
                okText={t('meetingRooms.cancelBooking')}
                cancelText={t('meetingRooms.keepBooking')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  cancel.mutateAsync({ id: b.id, reason }).then(
                    () => void message.success(t('meetingRooms.bookingCancelled')),
                    (error) => void message.error(parseApiError(error)),
                  )
                }
              >
                <Button type="link" size="small" danger>
                  {t('meetingRooms.cancelBooking')}
                </Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );
}

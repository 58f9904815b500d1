import type { Booking, BookingList, ChangeResult } from '@houqin/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/ListTable';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime } from '../../lib/format';
import { text, useUrlFilters } from '../../lib/use-url-filters';
import { meetingRoomsKey, useAdminMeetingRooms, usePendingBookings } from './api';
import { DecisionModal } from './DecisionModal';
import { roomPlace } from './labels';
import { formatSlot } from './time';

const parseFilters = (params: URLSearchParams) => ({ roomId: text(params.get('roomId')) });

/** 预订审批: pending bookings the caller may decide; a decided row leaves the list. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useUrlFilters(parseFilters);
  const pending = usePendingBookings(filters.roomId);
  const rooms = useAdminMeetingRooms();
  const [deciding, setDeciding] = useState<{ booking: Booking; decision: 'approve' | 'reject' } | null>(null);

  const onDecided = (decision: 'approve' | 'reject') => (result: ChangeResult) => {
    const decided = new Set(result.changed.map((occurrence) => occurrence.id));
    queryClient.setQueriesData<BookingList>({ queryKey: [...meetingRoomsKey, 'pending'] }, (list) =>
      list ? { items: list.items.filter((booking) => !decided.has(booking.id)) } : list,
    );
    void message.success(
      t(decision === 'approve' ? 'meetingRooms.approved' : 'meetingRooms.rejected', { count: decided.size }),
    );
  };

  const columns: TableColumnsType<Booking> = [
    {
      key: 'room',
      title: t('meetingRooms.room'),
      render: (_, b) => (
        <>
          {b.room.name}
          <br />
          <Typography.Text type="secondary">{roomPlace(b.room)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'time',
      title: t('meetingRooms.time'),
      render: (_, b) => (
        <>
          {formatSlot(b.startsAt, b.endsAt, i18n.language)}
          {b.seriesId ? (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {t('meetingRooms.series')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'title', title: t('meetingRooms.bookingTitle'), dataIndex: 'title' },
    {
      key: 'booker',
      title: t('meetingRooms.bookerAndUnit'),
      render: (_, b) => (
        <>
          {b.booker.displayName}
          <br />
          <Typography.Text type="secondary">{b.unit.name}</Typography.Text>
        </>
      ),
    },
    {
      key: 'attendees',
      title: t('meetingRooms.attendees'),
      render: (_, b) => {
        const count = t('meetingRooms.attendeeCount', { count: b.attendees.length + b.externalCount });
        const names = b.attendees.map((p) => p.displayName).join('、');
        return (
          <>
            {count}
            {names ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 1, tooltip: names }}
                style={{ margin: 0, maxWidth: 200, fontSize: 12 }}
              >
                {names}
              </Typography.Paragraph>
            ) : null}
          </>
        );
      },
    },
    {
      key: 'hold',
      title: t('meetingRooms.holdExpiresAt'),
      render: (_, b) => formatDateTime(b.holdExpiresAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, b) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDeciding({ booking: b, decision: 'approve' })}>
            {t('meetingRooms.approve')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => setDeciding({ booking: b, decision: 'reject' })}
          >
            {t('meetingRooms.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('meetingRooms.approvalsTitle')} extra={<RefreshButton query={pending} />} />
      <Card>
        <Form layout="inline" aria-label={t('common.filters')} style={{ marginBottom: 16 }}>
          <Form.Item label={t('meetingRooms.room')} htmlFor="approvals-room">
            <Select
              id="approvals-room"
              allowClear
              placeholder={t('meetingRooms.anyRoom')}
              value={filters.roomId}
              onChange={(roomId?: string) => setFilters({ roomId })}
              options={(rooms.data?.items ?? [])
                .filter((room) => room.requiresApproval)
                .map((room) => ({ value: room.id, label: `${room.name}（${roomPlace(room)}）` }))}
              style={{ width: 280 }}
            />
          </Form.Item>
        </Form>
        <LoadError error={pending.error} />
        <ListTable<Booking>
          rowKey="id"
          columns={columns}
          rows={pending.data?.items}
          loading={pending.isFetching}
          empty={t('meetingRooms.noPending')}
        />
      </Card>
      {deciding ? (
        <DecisionModal
          booking={deciding.booking}
          decision={deciding.decision}
          onDecided={onDecided(deciding.decision)}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </>
  );
}

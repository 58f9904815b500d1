import { PlusOutlined } from '@ant-design/icons';
import type { MeetingRoom } from '@houqin/contracts';
import { Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { StatusTag } from '../../components/StatusTag';
import { useAdminMeetingRooms } from './api';
import { ClosuresDrawer } from './ClosuresDrawer';
import { roomPlace } from './labels';
import { RoomPickerModal } from './RoomPickerModal';
import { SettingsDrawer, type SettingsTarget } from './SettingsDrawer';

type Dialog =
  | { kind: 'pick' }
  | { kind: 'settings'; target: SettingsTarget; room?: MeetingRoom }
  | { kind: 'closures'; room: MeetingRoom };

function TwoLines({ first, second }: { first: ReactNode; second: ReactNode }) {
  return (
    <>
      {first}
      {second ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {second}
          </Typography.Text>
        </div>
      ) : null}
    </>
  );
}

/** Text that must not break inside (headers, short labels, times): the column grows instead. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const nowrapColumn = {
  onHeaderCell: () => ({ style: NOWRAP }),
  onCell: () => ({ style: NOWRAP }),
};

/** Parts that may wrap only between them (`行政中心A座 · 1F · A-101`, a list of names), never inside one. */
function BreakBetween({ parts, separator }: { parts: string[]; separator: string }) {
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for a row and may repeat
    <span key={i}>
      {i > 0 ? separator : null}
      <span style={NOWRAP}>{part}</span>
    </span>
  ));
}

const targetOf = (room: MeetingRoom): SettingsTarget => ({
  roomId: room.id,
  label: `${roomPlace(room)} ${room.name}`,
});

/** 会议室: the rooms that can be booked and their rules; closures and the check-in QR label per room. */
export function MeetingRoomsPage() {
  const { t } = useTranslation();
  const rooms = useAdminMeetingRooms();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const items = rooms.data?.items ?? [];
  const ids = useMemo(() => new Set(items.map((room) => room.id)), [items]);

  const columns: TableColumnsType<MeetingRoom> = [
    {
      key: 'room',
      title: t('meetingRooms.room'),
      onHeaderCell: () => ({ style: NOWRAP }),
      render: (_, room) => (
        <>
          <Typography.Text strong style={NOWRAP}>
            {room.name}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary">
            <BreakBetween parts={[room.building, room.floor, room.number]} separator=" · " />
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'capacity',
      title: t('meetingRooms.capacity'),
      ...nowrapColumn,
      align: 'right',
      sorter: (a, b) => a.capacity - b.capacity,
      render: (_, room) => t('meetingRooms.people', { count: room.capacity }),
    },
    {
      key: 'equipment',
      title: t('meetingRooms.equipment'),
      onHeaderCell: () => ({ style: NOWRAP }),
      // tags wrap as whole tags within this width
      render: (_, room) =>
        room.equipment.length === 0 ? (
          '—'
        ) : (
          <div style={{ maxWidth: 176 }}>
            {room.equipment.map((kind) => (
              <Tag key={kind} style={{ marginBlock: 2 }}>
                {t(`meetingRooms.equipmentKinds.${kind}`)}
              </Tag>
            ))}
          </div>
        ),
    },
    {
      key: 'hours',
      title: t('meetingRooms.openHours'),
      ...nowrapColumn,
      render: (_, room) => (
        <TwoLines
          first={`${room.openFrom}–${room.openTo}`}
          second={room.workdaysOnly ? t('meetingRooms.workdaysOnly') : null}
        />
      ),
    },
    {
      key: 'approval',
      title: t('meetingRooms.approval'),
      onHeaderCell: () => ({ style: NOWRAP }),
      render: (_, room) =>
        room.requiresApproval ? (
          <TwoLines
            first={<StatusTag tone="warning">{t('meetingRooms.needsApproval')}</StatusTag>}
            second={
              room.approvers.length > 0 ? (
                <BreakBetween
                  parts={room.approvers.map((p) => p.displayName)}
                  separator={t('meetingRooms.listSeparator')}
                />
              ) : (
                <span style={NOWRAP}>{t('meetingRooms.approvalByManagers')}</span>
              )
            }
          />
        ) : (
          <span style={NOWRAP}>{t('meetingRooms.noApproval')}</span>
        ),
    },
    {
      key: 'checkIn',
      title: t('meetingRooms.checkIn'),
      ...nowrapColumn,
      render: (_, room) =>
        room.checkInRequired ? (
          <TwoLines
            first={t('meetingRooms.checkInOn')}
            second={t('meetingRooms.checkInValue', { minutes: room.noShowMinutes })}
          />
        ) : (
          t('meetingRooms.noCheckIn')
        ),
    },
    {
      key: 'bookable',
      title: t('meetingRooms.status'),
      ...nowrapColumn,
      render: (_, room) =>
        room.bookable ? (
          <StatusTag tone="success">{t('meetingRooms.bookableOn')}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{t('meetingRooms.bookableOff')}</StatusTag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      onHeaderCell: () => ({ style: NOWRAP }),
      // one action a line: the column stays narrow and no label breaks
      render: (_, room) => (
        <Space orientation="vertical" size={0} align="start">
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'settings', target: targetOf(room), room })}
          >
            {t('meetingRooms.editRulesAction')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'closures', room })}>
            {t('meetingRooms.closures')}
          </Button>
          <Link
            to={`/meeting-rooms/${encodeURIComponent(room.id)}/label`}
            style={{ paddingInline: 7, ...NOWRAP }}
          >
            {t('meetingRooms.printQr')}
          </Link>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('meetingRooms.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDialog({ kind: 'pick' })}
          >
            {t('meetingRooms.makeMeetingRoomAction')}
          </Button>
        }
      />
      <Card>
        <LoadError error={rooms.error} />
        <Table<MeetingRoom>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={rooms.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Typography.Text type="secondary">{t('meetingRooms.empty')}</Typography.Text>,
          }}
        />
      </Card>
      {dialog?.kind === 'pick' ? (
        <RoomPickerModal
          meetingRoomIds={ids}
          onClose={close}
          onPick={(target) => setDialog({ kind: 'settings', target })}
        />
      ) : null}
      {dialog?.kind === 'settings' ? (
        <SettingsDrawer target={dialog.target} room={dialog.room} onClose={close} />
      ) : null}
      {dialog?.kind === 'closures' ? <ClosuresDrawer room={dialog.room} onClose={close} /> : null}
    </>
  );
}

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
      render: (_, room) => (
        <>
          <Typography.Text strong>{room.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{roomPlace(room)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'capacity',
      title: t('meetingRooms.capacity'),
      align: 'right',
      sorter: (a, b) => a.capacity - b.capacity,
      render: (_, room) => t('meetingRooms.people', { count: room.capacity }),
    },
    {
      key: 'equipment',
      title: t('meetingRooms.equipment'),
      render: (_, room) =>
        room.equipment.length === 0
          ? '—'
          : room.equipment.map((kind) => (
              <Tag key={kind} style={{ marginBlock: 2 }}>
                {t(`meetingRooms.equipmentKinds.${kind}`)}
              </Tag>
            )),
    },
    {
      key: 'hours',
      title: t('meetingRooms.openHours'),
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
      render: (_, room) =>
        room.requiresApproval ? (
          <TwoLines
            first={<StatusTag tone="warning">{t('meetingRooms.needsApproval')}</StatusTag>}
            second={
              room.approvers.length > 0
                ? room.approvers.map((p) => p.displayName).join('、')
                : t('meetingRooms.approvalByManagers')
            }
          />
        ) : (
          t('meetingRooms.noApproval')
        ),
    },
    {
      key: 'checkIn',
      title: t('meetingRooms.checkIn'),
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
      render: (_, room) => (
        <Space size={0} wrap>
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
          <Link to={`/meeting-rooms/${encodeURIComponent(room.id)}/label`} style={{ paddingInline: 7 }}>
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

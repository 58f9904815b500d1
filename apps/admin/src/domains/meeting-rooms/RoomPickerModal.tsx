import type { Room, RoomPage } from '@houqin/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../../lib/http';
import { useDebounced } from '../../lib/use-debounced';
import type { SettingsTarget } from './SettingsDrawer';

export const spaceRoomLabel = (room: Room) =>
  `${room.buildingName} · ${room.floorName} · ${room.number} ${room.name}`;

/** 设为会议室, step 1: pick a room from the spaces (one that is not a meeting room yet). */
export function RoomPickerModal({
  meetingRoomIds,
  onPick,
  onClose,
}: {
  meetingRoomIds: ReadonlySet<string>;
  onPick: (target: SettingsTarget) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Room | null>(null);
  const q = useDebounced(search.trim(), 300);
  const rooms = useQuery({
    queryKey: ['spaces', 'rooms', 'picker', q],
    queryFn: ({ signal }) =>
      http.get<RoomPage>('/api/spaces/rooms', { q: q || undefined, page: 1, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
  });
  const candidates = (rooms.data?.items ?? []).filter((room) => room.active && !meetingRoomIds.has(room.id));
  // meeting-use rooms first: they are the ones usually made bookable
  candidates.sort((a, b) => Number(b.use === 'meeting') - Number(a.use === 'meeting'));

  return (
    <Modal
      open
      title={t('meetingRooms.makeMeetingRoomTitle')}
      okText={t('meetingRooms.next')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !picked }}
      onOk={() => picked && onPick({ roomId: picked.id, label: spaceRoomLabel(picked) })}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('meetingRooms.pickRoomHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('meetingRooms.pickRoom')} htmlFor="meeting-room-pick">
          <Select
            id="meeting-room-pick"
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('meetingRooms.pickRoomPlaceholder')}
            value={picked?.id}
            onChange={(id: string) => setPicked(candidates.find((room) => room.id === id) ?? null)}
            notFoundContent={rooms.isFetching ? <Spin size="small" /> : t('meetingRooms.noCandidates')}
            options={candidates.map((room) => ({
              value: room.id,
              label: `${spaceRoomLabel(room)}（${t(`spaces.uses.${room.use}`)}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import type { MeetingRoom } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

/** 需审批 / 需签到 tags of a room. */
export function RoomBadges({ room }: { room: Pick<MeetingRoom, 'requiresApproval' | 'checkInRequired'> }) {
  const { t } = useTranslation();
  return (
    <>
      {room.requiresApproval && (
        <span className="room-tag room-tag-pending">{t('roomsRoom.requiresApproval')}</span>
      )}
      {room.checkInRequired && (
        <span className="room-tag room-tag-info">{t('roomsRoom.checkInRequired')}</span>
      )}
    </>
  );
}

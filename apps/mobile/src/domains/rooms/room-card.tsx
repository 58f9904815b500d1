import type { RoomSummary } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EquipmentList } from './equipment-list';
import { roomPath } from './paths';
import { RoomBadges } from './room-badges';

interface RoomCardProps {
  room: RoomSummary;
  /** the booking form for the searched window; absent when the caller may not book */
  bookTo: string | null;
}

/** A room that fits: where it is, how many it seats, its equipment and rules, and 预订. */
export function RoomCard({ room, bookTo }: RoomCardProps) {
  const { t } = useTranslation();
  return (
    <li className="room-card">
      <div className="room-card-main">
        <Link to={roomPath(room.id)} className="room-card-name">
          {room.name}
        </Link>
        <p className="room-card-place">
          {t('roomsRoom.place', { building: room.building, floor: room.floor, number: room.number })}
        </p>
        <p className="room-card-meta">
          <span>{t('roomsRoom.capacity', { count: room.capacity })}</span>
          <RoomBadges room={room} />
        </p>
        <EquipmentList equipment={room.equipment} />
      </div>
      {bookTo ? (
        <Link
          to={bookTo}
          className="room-card-book"
          aria-label={t('roomsFind.bookRoom', {
            room: t('roomsRoom.nameAt', { room: room.name, building: room.building, number: room.number }),
          })}
        >
          {t('roomsFind.book')}
        </Link>
      ) : (
        <span className="room-card-note">{t('roomsRoom.notAllowed')}</span>
      )}
    </li>
  );
}

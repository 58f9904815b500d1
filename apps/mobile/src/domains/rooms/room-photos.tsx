import type { MeetingRoom } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

/** The room's photos in a row that scrolls sideways; each opens full size. */
export function RoomPhotos({ room }: { room: MeetingRoom }) {
  const { t } = useTranslation();
  if (room.photos.length === 0) return null;
  return (
    <ul className="room-photos">
      {room.photos.map((photo, index) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noopener noreferrer">
            <img
              src={photo.thumbnailUrl ?? photo.url}
              alt={t('roomsRoom.photo', { room: room.name, n: index + 1 })}
              loading="lazy"
              width={160}
              height={120}
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

import type { SlotStatus } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from '../../lib/format';

interface SlotListProps {
  slots: readonly { startsAt: string; endsAt: string; status: SlotStatus }[];
  label: string;
}

/** Occurrences with why each can or cannot be booked (preview, a refused booking). */
export function SlotList({ slots, label }: SlotListProps) {
  const { t } = useTranslation();
  return (
    <ul className="slot-list" aria-label={label}>
      {slots.map((slot) => (
        <li key={slot.startsAt} className="slot-row">
          <span className="slot-time">{formatTimeRange(slot.startsAt, slot.endsAt)}</span>
          <span className={`room-tag ${slot.status === 'free' ? 'room-tag-confirmed' : 'room-tag-rejected'}`}>
            {t(`roomsSlotStatus.${slot.status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

import type { Booking } from '@houqin/contracts';
import { RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimeRange } from '../../lib/format';
import { bookingPath } from './paths';
import { StatusTag } from './status-tag';

/** One booking in a list: title, time, room, status, and whether it belongs to a series. */
export function BookingItem({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={bookingPath(booking.id)} className="booking-item">
        <span className="booking-item-main">
          <span className="booking-item-head">
            <StatusTag status={booking.status} />
            {booking.seriesId && <span className="room-tag room-tag-info">{t('roomsMine.series')}</span>}
            <span className="booking-item-title">{booking.title}</span>
          </span>
          <time className="booking-item-time" dateTime={booking.startsAt}>
            {formatTimeRange(booking.startsAt, booking.endsAt)}
          </time>
          <span className="booking-item-room">
            {booking.room.name} · {booking.room.building} {booking.room.floor}
          </span>
        </span>
        <RightOutline className="booking-item-arrow" aria-hidden="true" />
      </Link>
    </li>
  );
}

import type { Booking, CheckInStatus } from '@houqin/contracts';
import { CheckCircleFill, ClockCircleOutline, ExclamationCircleOutline } from 'antd-mobile-icons';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { parseApiError } from '../../lib/api-error';
import { formatDateTime, formatTimeRange } from '../../lib/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { bookingPath, MY_BOOKINGS_PATH } from './paths';
import { useCheckIn, useCheckInStatus } from './queries';
import './rooms.css';

/**
 * 会议签到: what the room's QR label opens. Shows the caller's meeting that can be checked in now and
 * a big 签到 button; or when check-in opens; or that there is none. Signed-out users come back here
 * after login (the guard keeps the address with its token).
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const status = useCheckInStatus(roomId, token);
  const [checkedIn, setCheckedIn] = useState<Booking | null>(null);

  let content: ReactNode;
  if (!token) {
    content = <EmptyState icon={<ExclamationCircleOutline />} title={t('roomsCheckIn.missingToken')} />;
  } else if (checkedIn) {
    content = <Success booking={checkedIn} />;
  } else if (status.isPending) {
    content = <SkeletonList rows={4} />;
  } else if (status.isError) {
    content = <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  } else {
    content = <Ready status={status.data} roomId={roomId} token={token} onDone={setCheckedIn} />;
  }

  return (
    <Page title={t('roomsCheckIn.title')} backTo={MY_BOOKINGS_PATH}>
      {content}
    </Page>
  );
}

function Ready({
  status,
  roomId,
  token,
  onDone,
}: {
  status: CheckInStatus;
  roomId: string;
  token: string;
  onDone: (booking: Booking) => void;
}) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(roomId, token);
  const [error, setError] = useState<string | null>(null);
  const room = status.room;
  const roomLine = (
    <p className="check-in-room">
      {room.name}
      <span>
        {room.building} {room.floor}
      </span>
    </p>
  );

  if (!status.booking) {
    return (
      <section className="card-section check-in">
        {roomLine}
        <EmptyState
          icon={<ClockCircleOutline />}
          title={status.nextOpensAt ? t('roomsCheckIn.notOpen') : t('roomsCheckIn.none')}
          description={
            status.nextOpensAt
              ? t('roomsCheckIn.opensAt', { time: formatDateTime(status.nextOpensAt) })
              : t('roomsCheckIn.noneHint')
          }
        />
      </section>
    );
  }

  const booking = status.booking;
  return (
    <section className="card-section check-in" aria-labelledby="check-in-title">
      {roomLine}
      <h2 id="check-in-title" className="check-in-title">
        {booking.title}
      </h2>
      <p className="check-in-time">{formatTimeRange(booking.startsAt, booking.endsAt)}</p>
      <FormAlert message={error} />
      <button
        type="button"
        className="check-in-button"
        disabled={checkIn.isPending}
        onClick={() => {
          setError(null);
          checkIn.mutate(undefined, { onSuccess: onDone, onError: (err) => setError(parseApiError(err)) });
        }}
      >
        {checkIn.isPending ? t('app.loading') : t('roomsCheckIn.button')}
      </button>
    </section>
  );
}

function Success({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  return (
    <section className="card-section check-in check-in-success" role="status">
      <CheckCircleFill className="check-in-success-icon" aria-hidden="true" />
      <p className="check-in-title">{t('roomsCheckIn.success')}</p>
      <p className="check-in-time">
        {booking.title} · {formatTimeRange(booking.startsAt, booking.endsAt)}
      </p>
      <Link to={bookingPath(booking.id)} className="link-button">
        {t('roomsCheckIn.viewBooking')}
      </Link>
    </section>
  );
}

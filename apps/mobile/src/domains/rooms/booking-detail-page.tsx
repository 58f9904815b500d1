import type { Booking } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { parseApiError } from '../../lib/api-error';
import { formatDateTime, formatTimeRange } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { ErrorState } from '../../ui/error-state';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { type EditLocationState, mayEditBooking } from './booking-edit';
import { BookingServices } from './booking-services';
import { CancelSheet } from './cancel-sheet';
import { DecideSheet } from './decide-sheet';
import { editBookingPath, MY_BOOKINGS_PATH, roomPath } from './paths';
import { useBooking, useEndBooking } from './queries';
import { ruleText } from './rule-text';
import { StatusTag } from './status-tag';
import './rooms.css';

/** 会议详情: everything about one meeting, and what the caller may do with it. */
export function BookingDetailPage() {
  const { t } = useTranslation();
  const { bookingId = '' } = useParams();
  const booking = useBooking(bookingId);

  let content: ReactNode;
  if (booking.isPending) content = <SkeletonList rows={10} />;
  else if (booking.isError)
    content = <ErrorState error={booking.error} onRetry={() => void booking.refetch()} />;
  else content = <BookingDetail booking={booking.data} />;

  return (
    <Page title={t('roomsDetail.title')} backTo={MY_BOOKINGS_PATH}>
      {content}
    </Page>
  );
}

const isActive = (b: Booking) => b.status === 'pending' || b.status === 'confirmed';

function BookingDetail({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const end = useEndBooking(booking.id);
  const navigate = useNavigate();
  const now = Date.now();
  const started = Date.parse(booking.startsAt) <= now;
  const over = Date.parse(booking.endsAt) <= now || booking.endedEarlyAt !== null;
  const inProgress = booking.status === 'confirmed' && started && !over;
  const separator = t('app.listSeparator');

  const rows: [string, ReactNode][] = [
    [t('roomsDetail.time'), formatTimeRange(booking.startsAt, booking.endsAt)],
    [
      t('roomsDetail.room'),
      <Link key="room" to={roomPath(booking.room.id)}>
        {booking.room.name} · {booking.room.building} {booking.room.floor}
      </Link>,
    ],
    [t('roomsDetail.booker'), `${booking.booker.displayName}（${booking.unit.name}）`],
    [
      t('roomsDetail.attendees'),
      booking.attendees.length > 0
        ? booking.attendees.map((a) => a.displayName).join(separator)
        : t('roomsDetail.none'),
    ],
  ];
  if (booking.externalCount > 0) {
    rows.push([t('roomsDetail.external'), t('roomsRoom.capacity', { count: booking.externalCount })]);
  }
  if (booking.rrule) rows.push([t('roomsDetail.series'), ruleText(booking.rrule)]);
  if (booking.notes) rows.push([t('roomsDetail.notes'), booking.notes]);
  if (booking.decisionReason) rows.push([t('roomsDetail.reason'), booking.decisionReason]);

  const onEnd = () =>
    end.mutate(undefined, {
      onSuccess: () => showNotice(i18n.t('roomsDetail.ended')),
      onError: (err) => showNotice(parseApiError(err)),
    });

  return (
    <>
      <section className="card-section booking-summary" aria-labelledby="booking-title">
        <p className="booking-summary-tags">
          <StatusTag status={booking.status} />
          {booking.seriesId && <span className="room-tag room-tag-info">{t('roomsMine.series')}</span>}
        </p>
        <h2 id="booking-title" className="booking-summary-title">
          {booking.title}
        </h2>
        <StateNote booking={booking} inProgress={inProgress} />
        <dl className="detail-list">
          {rows.map(([term, value]) => (
            <div key={term} className="detail-list-row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {booking.services.length > 0 && (
        <section className="card-section" aria-labelledby="booking-services">
          <h2 id="booking-services" className="list-header">
            {t('roomsForm.services')}
          </h2>
          <BookingServices services={booking.services} />
        </section>
      )}

      <div className="page-actions action-stack">
        {booking.mayApprove && booking.status === 'pending' && (
          <>
            <Button block color="primary" size="large" onClick={() => setDecision('approve')}>
              {t('roomsApprovals.approve')}
            </Button>
            <Button block color="danger" fill="outline" size="large" onClick={() => setDecision('reject')}>
              {t('roomsApprovals.reject')}
            </Button>
          </>
        )}
        {booking.mayManage && inProgress && (
          <Button block color="primary" fill="outline" size="large" loading={end.isPending} onClick={onEnd}>
            {t('roomsDetail.end')}
          </Button>
        )}
        {mayEditBooking(booking, new Date(now)) && (
          <Button
            block
            color="primary"
            fill="outline"
            size="large"
            onClick={() =>
              void navigate(editBookingPath(booking.id), {
                state: { fromDetail: true } satisfies EditLocationState,
              })
            }
          >
            {t('roomsEdit.action')}
          </Button>
        )}
        {booking.mayManage && isActive(booking) && !started && !booking.checkedInAt && (
          <Button block color="danger" fill="outline" size="large" onClick={() => setCancelOpen(true)}>
            {t('roomsDetail.cancel')}
          </Button>
        )}
      </div>
      <CancelSheet booking={booking} open={cancelOpen} onClose={() => setCancelOpen(false)} />
      <DecideSheet booking={booking} decision={decision} onClose={() => setDecision(null)} />
    </>
  );
}

/** One line on where the meeting stands: awaiting approval, check-in, checked in, ended early. */
function StateNote({ booking, inProgress }: { booking: Booking; inProgress: boolean }) {
  const { t } = useTranslation();
  let text: string | null = null;
  if (booking.status === 'pending') {
    text = booking.holdExpiresAt
      ? t('roomsDetail.pendingUntil', { time: formatDateTime(booking.holdExpiresAt) })
      : t('roomsDetail.pending');
  } else if (booking.endedEarlyAt) {
    text = t('roomsDetail.endedAt', { time: formatDateTime(booking.endedEarlyAt) });
  } else if (booking.checkedInAt) {
    text = t('roomsDetail.checkedIn', { time: formatDateTime(booking.checkedInAt) });
  } else if (
    booking.status === 'confirmed' &&
    booking.checkInRequired &&
    (inProgress || Date.parse(booking.startsAt) > Date.now())
  ) {
    text = t('roomsDetail.checkInHint');
  } else if (booking.status === 'released') {
    text = t('roomsDetail.released');
  }
  if (!text) return null;
  return (
    <p className={booking.status === 'pending' ? 'notice notice-warning' : 'notice'} role="note">
      {text}
    </p>
  );
}

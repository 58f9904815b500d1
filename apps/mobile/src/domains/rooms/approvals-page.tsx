import type { Booking } from '@houqin/contracts';
import { Button, PullToRefresh } from 'antd-mobile';
import { CheckShieldOutline } from 'antd-mobile-icons';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimeRange } from '../../lib/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { DecideSheet } from './decide-sheet';
import { bookingPath, ROOMS_PATH } from './paths';
import { usePendingBookings } from './queries';
import './rooms.css';

/** 待我审批: pending bookings of the rooms the caller approves, each approved or rejected with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const pending = usePendingBookings();
  // the booking stays after the sheet closes, so the closing sheet keeps its content and focus returns
  const [deciding, setDeciding] = useState<{
    booking: Booking;
    decision: 'approve' | 'reject' | null;
  } | null>(null);

  let content: ReactNode;
  if (pending.isPending) content = <SkeletonList rows={6} />;
  else if (pending.isError)
    content = <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />;
  else if (pending.data.items.length === 0) {
    content = <EmptyState icon={<CheckShieldOutline />} title={t('roomsApprovals.empty')} />;
  } else {
    content = (
      <ul className="task-list">
        {pending.data.items.map((booking) => (
          <li key={booking.id} className="task-item">
            <Link to={bookingPath(booking.id)} className="approval-title">
              {booking.title}
            </Link>
            <p className="approval-meta">{formatTimeRange(booking.startsAt, booking.endsAt)}</p>
            <p className="approval-meta">
              {booking.room.name} · {booking.booker.displayName}（{booking.unit.name}）
              {booking.seriesId ? ` · ${t('roomsMine.series')}` : ''}
            </p>
            <div className="approval-actions">
              <Button color="primary" onClick={() => setDeciding({ booking, decision: 'approve' })}>
                {t('roomsApprovals.approve')}
              </Button>
              <Button
                color="danger"
                fill="outline"
                onClick={() => setDeciding({ booking, decision: 'reject' })}
              >
                {t('roomsApprovals.reject')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Page title={t('roomsApprovals.title')} backTo={ROOMS_PATH}>
      <section className="card-section">
        <PullToRefresh onRefresh={async () => void (await pending.refetch())}>
          <div className="pull-area">{content}</div>
        </PullToRefresh>
      </section>
      {deciding && (
        <DecideSheet
          booking={deciding.booking}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </Page>
  );
}

import { PullToRefresh } from 'antd-mobile';
import { CalendarOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { BookingItem } from './booking-item';
import { ROOMS_PATH } from './paths';
import { useMyBookings } from './queries';
import './rooms.css';

type When = 'upcoming' | 'past';

/** 我的会议: the meetings I booked or attend, upcoming or past. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const when: When = params.get('when') === 'past' ? 'past' : 'upcoming';
  const list = useMyBookings(when);

  let content: ReactNode;
  if (list.isPending) content = <SkeletonList rows={6} />;
  else if (list.isError) content = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0) {
    content = (
      <EmptyState
        icon={<CalendarOutline />}
        title={when === 'upcoming' ? t('roomsMine.emptyUpcoming') : t('roomsMine.emptyPast')}
        description={when === 'upcoming' ? t('roomsMine.emptyHint') : undefined}
        action={
          when === 'upcoming' ? (
            <Link to={ROOMS_PATH} className="link-button">
              {t('roomsMine.book')}
            </Link>
          ) : undefined
        }
      />
    );
  } else {
    content = (
      <ul className="booking-list">
        {list.data.items.map((booking) => (
          <BookingItem key={booking.id} booking={booking} />
        ))}
      </ul>
    );
  }

  return (
    <Page title={t('roomsMine.title')} backTo={ROOMS_PATH}>
      <section className="card-section">
        <SegmentTabs<When>
          label={t('roomsMine.title')}
          value={when}
          controls="my-bookings-panel"
          options={[
            { value: 'upcoming', label: t('roomsMine.upcoming') },
            { value: 'past', label: t('roomsMine.past') },
          ]}
          onChange={(next) => setParams(next === 'past' ? { when: 'past' } : {}, { replace: true })}
        />
        <PullToRefresh onRefresh={async () => void (await list.refetch())}>
          <div id="my-bookings-panel" role="tabpanel" className="pull-area">
            {content}
          </div>
        </PullToRefresh>
      </section>
      <div className="page-actions sticky-actions">
        <Link to={ROOMS_PATH} className="primary-link-button">
          {t('roomsMine.book')}
        </Link>
      </div>
    </Page>
  );
}

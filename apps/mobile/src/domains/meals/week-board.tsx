import type { Canteen } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state';
import { SkeletonList } from '../../ui/skeleton-list';
import { DayCard } from './day-card';
import { useWeek } from './queries';
import { clockSkew, useNow } from './use-now';
import { WeekActions } from './week-actions';
import type { WeekDay } from './week-types';

interface WeekBoardProps {
  canteen: Canteen;
  weekOf: string;
  today: string;
  next: boolean;
}

/** The week at one canteen: each day with its meals, then the whole-week actions. */
export function WeekBoard({ canteen, weekOf, today, next }: WeekBoardProps) {
  const { t } = useTranslation();
  const week = useWeek(canteen.id, weekOf);
  // countdowns follow the server's clock (the week's `now`), not a phone that may be set wrong
  const now = useNow(30_000, clockSkew(week.data?.now, week.dataUpdatedAt));
  if (week.isPending) return <SkeletonList rows={8} />;
  if (week.isError) return <ErrorState error={week.error} onRetry={() => void week.refetch()} />;
  const view = week.data;
  // days gone by are folded away (opened to rate their dishes), so today is at the top
  const past = view.days.filter((day) => day.date < today);
  const coming = view.days.filter((day) => day.date >= today);
  const dayCard = (day: WeekDay) => (
    <DayCard
      key={day.date}
      canteenId={canteen.id}
      mode={view.bookingMode}
      day={day}
      today={today}
      now={now}
    />
  );
  return (
    <>
      {view.bookingMode === 'opt_out' && <p className="page-lead">{t('meals.optOutNote')}</p>}
      {past.length > 0 && (
        <details className="past-days">
          <summary className="past-days-summary">{t('mealsWeek.pastDays', { count: past.length })}</summary>
          <div className="meal-week-panel">{past.map(dayCard)}</div>
        </details>
      )}
      {coming.map(dayCard)}
      <WeekActions
        canteenId={canteen.id}
        mode={view.bookingMode}
        weekOf={weekOf}
        next={next}
        meals={canteen.meals.map((m) => m.meal)}
      />
    </>
  );
}

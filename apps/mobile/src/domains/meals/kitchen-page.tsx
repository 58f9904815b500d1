import { HistogramOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { useScreenWakeLock } from '../../lib/use-screen-wake-lock';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { CanteenField } from './canteen-field';
import { dayLabel } from './day-label';
import { KitchenMealCard } from './kitchen-meal';
import { MEALS_PATH } from './paths';
import { useCanteens, useKitchen } from './queries';
import { useChosenCanteen } from './use-chosen-canteen';
import { useKitchenStream } from './use-kitchen-stream';
import './meals.css';

/** 厨房看板: today's counts per meal at one canteen, live, readable from across the kitchen. */
export function KitchenPage() {
  const { t } = useTranslation();
  useScreenWakeLock();
  const canteens = useCanteens();
  const active = (canteens.data?.items ?? []).filter((c) => c.active);
  const [canteen, choose] = useChosenCanteen(active);
  const kitchen = useKitchen(canteen?.id ?? null);
  const stream = useKitchenStream(canteen?.id ?? null);

  let body: ReactNode;
  if (canteens.isPending || (canteen && kitchen.isPending)) body = <SkeletonList rows={8} />;
  else if (canteens.isError)
    body = <ErrorState error={canteens.error} onRetry={() => void canteens.refetch()} />;
  else if (!canteen) body = <p className="page-lead">{t('meals.noCanteenTitle')}</p>;
  else if (kitchen.isError)
    body = <ErrorState error={kitchen.error} onRetry={() => void kitchen.refetch()} />;
  else if (kitchen.data) {
    const view = kitchen.data;
    body = !view.open ? (
      <EmptyState icon={<HistogramOutline />} title={t('mealsKitchen.closed')} />
    ) : (
      <div className="kitchen-board">
        {view.meals.map((meal) => (
          <KitchenMealCard key={meal.meal} canteenId={view.canteenId} date={view.date} meal={meal} />
        ))}
      </div>
    );
  }

  return (
    <div className="work-mode">
      <Page
        title={t('mealsKitchen.title')}
        backTo={MEALS_PATH}
        headerExtra={
          kitchen.data && (
            <p className="page-subtitle">
              {dayLabel(kitchen.data.date, currentLanguage())}{' '}
              <span className={`kitchen-live kitchen-live-${stream}`} role="status">
                {stream === 'down' ? t('mealsKitchen.offline') : t('mealsKitchen.live')}
              </span>
            </p>
          )
        }
      >
        {canteen && (
          <section className="card-section meal-controls-canteen">
            <CanteenField id="kitchen-canteen" canteens={active} value={canteen.id} onChange={choose} />
          </section>
        )}
        {body}
      </Page>
    </div>
  );
}

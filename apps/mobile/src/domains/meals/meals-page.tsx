import { CouponOutline, SystemQRcodeOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { addDays, shanghaiDate, weekOf } from '../../lib/zoned';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { CanteenField } from './canteen-field';
import { dayLabel } from './day-label';
import { MealShortcuts } from './meal-shortcuts';
import { MEAL_PASS_PATH } from './paths';
import { useCanteens } from './queries';
import { useChosenCanteen } from './use-chosen-canteen';
import { WeekBoard } from './week-board';
import './meals.css';

type Week = 'this' | 'next';

/** 报餐: this or next week at my canteen, one switch per meal, and the dining pass at the bottom. */
export function MealsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const week: Week = params.get('week') === 'next' ? 'next' : 'this';
  const canteens = useCanteens();
  const eligible = (canteens.data?.items ?? []).filter((c) => c.eligible && c.active);
  const [canteen, choose] = useChosenCanteen(eligible);
  const today = shanghaiDate(new Date());
  const target = week === 'next' ? addDays(today, 7) : today;
  const days = weekOf(target);
  const language = currentLanguage();

  let body: ReactNode;
  if (canteens.isPending) body = <SkeletonList rows={8} />;
  else if (canteens.isError) {
    body = <ErrorState error={canteens.error} onRetry={() => void canteens.refetch()} />;
  } else if (!canteen) {
    body = (
      <EmptyState
        icon={<CouponOutline />}
        title={t('meals.noCanteenTitle')}
        description={t('meals.noCanteenDescription')}
      />
    );
  } else {
    body = (
      <>
        <section className="card-section meal-controls">
          <div className="meal-controls-canteen">
            <CanteenField id="meal-canteen" canteens={eligible} value={canteen.id} onChange={choose} />
          </div>
          <SegmentTabs<Week>
            label={t('mealsWeek.week')}
            value={week}
            controls="meal-week-panel"
            options={[
              { value: 'this', label: t('mealsWeek.thisWeek') },
              { value: 'next', label: t('mealsWeek.nextWeek') },
            ]}
            onChange={(next) => setParams(next === 'next' ? { week: 'next' } : {}, { replace: true })}
          />
          <p className="meal-week-range">
            {t('mealsWeek.range', {
              from: dayLabel(days[0] ?? target, language),
              to: dayLabel(days[6] ?? target, language),
            })}
          </p>
        </section>
        <div id="meal-week-panel" role="tabpanel" className="meal-week-panel">
          <WeekBoard
            key={canteen.id}
            canteen={canteen}
            weekOf={target}
            today={today}
            next={week === 'next'}
          />
        </div>
      </>
    );
  }

  return (
    <Page title={t('meals.title')} backTo="/">
      <MealShortcuts />
      {body}
      <div className="page-actions sticky-actions">
        <Link to={MEAL_PASS_PATH} className="primary-link-button">
          <SystemQRcodeOutline aria-hidden="true" />
          {t('mealsPass.title')}
        </Link>
      </div>
    </Page>
  );
}

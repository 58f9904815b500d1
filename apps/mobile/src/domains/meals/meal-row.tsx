import type { BookingMode } from '@houqin/contracts';
import { StarOutline } from 'antd-mobile-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';
import { showNotice } from '../../ui/notice';
import { CutoffText } from './cutoff-text';
import { DishList } from './dish-list';
import { MealStatus } from './meal-status';
import { mealEnded, timeLeft } from './meal-time';
import { MealToggle } from './meal-toggle';
import { formatFen } from './money';
import { useToggleMeal } from './queries';
import { RatingSheet } from './rating-sheet';
import type { WeekMeal } from './week-types';

interface MealRowProps {
  canteenId: string;
  mode: BookingMode;
  date: string;
  /** 11月27日 周五 */
  dayText: string;
  meal: WeekMeal;
  now: Date;
}

/**
 * One meal of one day: its menu, whether I eat, the time left to change it and the switch. In an
 * opt-out canteen the switch is 不吃 (on = registered as not eating).
 */
export function MealRow({ canteenId, mode, date, dayText, meal, now }: MealRowProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const [error, setError] = useState<string | null>(null);
  const [rating, setRating] = useState(false);
  const toggle = useToggleMeal();
  const mealName = t(`meals.${meal.meal}`);
  const optOut = mode === 'opt_out';
  // locked too when the cutoff passes while the page is open, and once the meal is served
  const locked = !meal.changeable || meal.served || timeLeft(meal.cutoffAt, now).passed;
  const ended = mealEnded(date, meal.servesTo, now);
  const dishes = meal.menu?.dishes ?? [];

  const onToggle = () => {
    setError(null);
    const book = !meal.booked;
    toggle.mutate(
      { input: { canteenId, date, meal: meal.meal }, book },
      {
        onSuccess: () => {
          const key = optOut
            ? book
              ? 'mealsWeek.unskippedNotice'
              : 'mealsWeek.skippedNotice'
            : book
              ? 'mealsWeek.bookedNotice'
              : 'mealsWeek.cancelledNotice';
          showNotice(t(key, { date: dayText, meal: mealName }));
        },
        onError: (err) => setError(parseApiError(err)),
      },
    );
  };

  const onLockedTap = () =>
    setError(
      meal.served
        ? t('mealsWeek.servedExplain', { meal: mealName })
        : t('mealsWeek.cutoffExplain', { meal: mealName, time: formatDateTime(meal.cutoffAt, now) }),
    );

  return (
    <li className={`meal-row${locked ? ' is-locked' : ''}`}>
      <div className="meal-row-main">
        <div className="meal-row-head">
          <h3 className="meal-name">{mealName}</h3>
          <span className="meal-meta">
            {meal.servesFrom}–{meal.servesTo} · {formatFen(meal.priceFen)}
          </span>
        </div>
        <div id={statusId} className="meal-row-status">
          <MealStatus meal={meal} mode={mode} />
          {!meal.served && <CutoffText cutoffAt={meal.cutoffAt} now={now} />}
        </div>
        {dishes.length > 0 ? (
          <DishList dishes={dishes} />
        ) : (
          <p className="meal-no-menu">{t('mealsWeek.noMenu')}</p>
        )}
        {ended && (meal.booked || meal.served) && meal.menu && dishes.length > 0 && (
          <>
            <button type="button" className="text-button" onClick={() => setRating(true)}>
              <StarOutline aria-hidden="true" />
              {t('mealsWeek.rate')}
              <span className="visually-hidden">
                {dayText} {mealName}
              </span>
            </button>
            <RatingSheet
              open={rating}
              title={t('mealsWeek.rateTitle', { date: dayText, meal: mealName })}
              menu={meal.menu}
              onClose={() => setRating(false)}
            />
          </>
        )}
        {error && (
          <p role="alert" className="meal-error">
            {error}
          </p>
        )}
      </div>
      <MealToggle
        label={optOut ? t('mealsWeek.skip') : t('mealsWeek.book')}
        context={t('mealsWeek.toggleLabel', { date: dayText, meal: mealName })}
        checked={optOut ? !meal.booked : meal.booked}
        locked={locked}
        busy={toggle.isPending}
        describedBy={statusId}
        onToggle={onToggle}
        onLockedTap={onLockedTap}
      />
    </li>
  );
}

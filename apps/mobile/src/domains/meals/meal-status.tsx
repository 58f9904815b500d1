import type { BookingMode } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import type { WeekMeal } from './week-types';

/** 已报餐 / 未报餐 / 已就餐 (opt-out: 就餐 / 已登记不吃), and 值班餐/加班餐 when booked for the diner. */
export function MealStatus({ meal, mode }: { meal: WeekMeal; mode: BookingMode }) {
  const { t } = useTranslation();
  let text: string;
  let tone: string;
  if (meal.served) {
    text = t('mealsWeek.served');
    tone = 'done';
  } else if (meal.booked) {
    text = mode === 'opt_out' ? t('mealsWeek.optOutBooked') : t('mealsWeek.booked');
    tone = 'booked';
  } else {
    text = mode === 'opt_out' ? t('mealsWeek.optOutSkipped') : t('mealsWeek.notBooked');
    tone = 'none';
  }
  return (
    <span className="meal-status">
      <span className={`meal-tag meal-tag-${tone}`}>{text}</span>
      {(meal.kind === 'duty' || meal.kind === 'overtime') && (
        <span className="meal-tag meal-tag-info">{t(`mealsWeek.${meal.kind}`)}</span>
      )}
    </span>
  );
}

import type { BookingMode } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { dayLabel } from './day-label';
import { MealRow } from './meal-row';
import type { WeekDay } from './week-types';

interface DayCardProps {
  canteenId: string;
  mode: BookingMode;
  day: WeekDay;
  today: string;
  now: Date;
}

/** One day of the week: its meals, or greyed with why the canteen is closed. */
export function DayCard({ canteenId, mode, day, today, now }: DayCardProps) {
  const { t } = useTranslation();
  const dayText = dayLabel(day.date, currentLanguage());
  const headingId = `day-${day.date}`;
  return (
    <section
      className={`card-section day-card${day.open ? '' : ' is-closed'}${day.date === today ? ' is-today' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="day-card-head">
        <span>{dayText}</span>
        {day.date === today && <span className="meal-tag meal-tag-today">{t('mealsWeek.today')}</span>}
        {!day.open && (
          <span className="day-card-closed">
            {day.reason ? t('mealsWeek.closedReason', { reason: day.reason }) : t('mealsWeek.closed')}
          </span>
        )}
      </h2>
      {day.open && (
        <ul className="meal-rows">
          {day.meals.map((meal) => (
            <MealRow
              key={meal.meal}
              canteenId={canteenId}
              mode={mode}
              date={day.date}
              dayText={dayText}
              meal={meal}
              now={now}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

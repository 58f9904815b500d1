import type { BookingMode, BookWeekResult, Meal } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { useWeekAction } from './queries';
import { WeekResultSheet } from './week-result-sheet';

interface WeekActionsProps {
  canteenId: string;
  mode: BookingMode;
  weekOf: string;
  next: boolean;
  meals: readonly Meal[];
}

/** 本周全订 / 本周全退 for each meal (opt-out: 本周都吃 / 本周都不吃), then what was skipped and why. */
export function WeekActions({ canteenId, mode, weekOf, next, meals }: WeekActionsProps) {
  const { t } = useTranslation();
  const action = useWeekAction();
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ title: string; result: BookWeekResult } | null>(null);
  const optOut = mode === 'opt_out';
  const labelOf = (book: boolean) => {
    if (optOut) {
      if (next) return book ? t('mealsWeek.eatNextWeek') : t('mealsWeek.skipNextWeek');
      return book ? t('mealsWeek.eatWeek') : t('mealsWeek.skipWeek');
    }
    if (next) return book ? t('mealsWeek.bookNextWeek') : t('mealsWeek.cancelNextWeek');
    return book ? t('mealsWeek.bookWeek') : t('mealsWeek.cancelWeek');
  };

  const run = (meal: Meal, book: boolean) => {
    setError(null);
    action.mutate(
      { input: { canteenId, weekOf, meals: [meal] }, book },
      {
        onSuccess: (result) =>
          setShown({
            title: t('mealsWeek.resultTitle', { meal: t(`meals.${meal}`), action: labelOf(book) }),
            result,
          }),
        onError: (err) => setError(parseApiError(err)),
      },
    );
  };

  return (
    <section className="card-section" aria-labelledby="week-actions">
      <h2 id="week-actions" className="list-header">
        {t('mealsWeek.wholeWeek')}
      </h2>
      <ul className="week-actions">
        {meals.map((meal) => {
          const mealName = t(`meals.${meal}`);
          const busy = (book: boolean) =>
            action.isPending && action.variables.book === book && action.variables.input.meals[0] === meal;
          return (
            <li key={meal} className="week-action-row">
              <span className="week-action-meal">{mealName}</span>
              {[true, false].map((book) => (
                <Button
                  key={String(book)}
                  color={book ? 'primary' : 'default'}
                  fill="outline"
                  className="week-action-button"
                  loading={busy(book)}
                  disabled={action.isPending}
                  aria-label={t('mealsWeek.weekActionLabel', { meal: mealName, action: labelOf(book) })}
                  onClick={() => run(meal, book)}
                >
                  {labelOf(book)}
                </Button>
              ))}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="meal-error week-action-error">
          {error}
        </p>
      )}
      <WeekResultSheet
        title={shown?.title ?? ''}
        result={shown?.result ?? null}
        onClose={() => setShown(null)}
      />
    </section>
  );
}

import type { KitchenView } from '@houqin/contracts';
import { DownlandOutline, LockOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import { headcountXlsxUrl } from './api';

type KitchenMeal = KitchenView['meals'][number];

/** One meal on the kitchen board: big counts, the locked headcount, by unit, and the sheet to print. */
export function KitchenMealCard({
  canteenId,
  date,
  meal,
}: {
  canteenId: string;
  date: string;
  meal: KitchenMeal;
}) {
  const { t } = useTranslation();
  const headingId = `kitchen-${meal.meal}`;
  const figures = [
    { key: 'booked', label: t('mealsKitchen.booked'), value: meal.booked },
    { key: 'served', label: t('mealsKitchen.served'), value: meal.served },
    { key: 'remaining', label: t('mealsKitchen.remaining'), value: meal.remaining },
    { key: 'guests', label: t('mealsKitchen.guests'), value: meal.guests },
    { key: 'walk-ins', label: t('mealsKitchen.walkIns'), value: meal.walkIns },
  ];
  return (
    <section className="card-section kitchen-meal" aria-labelledby={headingId}>
      <h2 id={headingId} className="kitchen-meal-head">
        <span>{t(`meals.${meal.meal}`)}</span>
        {meal.locked ? (
          <span className="meal-tag meal-tag-info kitchen-locked">
            <LockOutline aria-hidden="true" /> {t('mealsKitchen.locked')}
          </span>
        ) : null}
      </h2>
      <p className="kitchen-lock-line">
        {meal.locked
          ? t('mealsKitchen.lockedAt', { time: formatTime(meal.locked.lockedAt), total: meal.locked.total })
          : t('mealsKitchen.notLocked', { time: formatTime(meal.cutoffAt) })}
      </p>
      <dl className="kitchen-figures">
        {figures.map((f) => (
          <div key={f.key} className={`kitchen-figure kitchen-figure-${f.key}`}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <table className="kitchen-units">
        <caption className="kitchen-units-caption">{t('mealsKitchen.byUnit')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mealsKitchen.unit')}</th>
            <th scope="col">{t('mealsKitchen.served')}</th>
            <th scope="col">{t('mealsKitchen.booked')}</th>
          </tr>
        </thead>
        <tbody>
          {meal.byUnit.length === 0 ? (
            <tr>
              <td colSpan={3} className="kitchen-units-empty">
                {t('mealsKitchen.emptyUnits')}
              </td>
            </tr>
          ) : (
            meal.byUnit.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td>{u.served}</td>
                <td>{u.booked}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {meal.locked && (
        <a className="kitchen-download" href={headcountXlsxUrl(canteenId, date, meal.meal)} download>
          <DownlandOutline aria-hidden="true" />
          {t('mealsKitchen.download')}
        </a>
      )}
    </section>
  );
}

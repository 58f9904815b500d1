import type { GuestMeal } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { dayLabel } from './day-label';
import { formatFen } from './money';

const TONE: Record<GuestMeal['status'], string> = {
  pending: 'pending',
  approved: 'approved',
  rejected: 'rejected',
  cancelled: 'none',
};

/** One guest order: when, how many, why, its status in colour and words, who pays and the total. */
export function GuestMealItem({ order, canteenName }: { order: GuestMeal; canteenName: string }) {
  const { t } = useTranslation();
  return (
    <li className="guest-item">
      <div className="guest-item-head">
        <span className="guest-item-title">
          {t('mealsGuests.entry', {
            date: dayLabel(order.date, currentLanguage()),
            meal: t(`meals.${order.meal}`),
            count: order.guestCount,
          })}
        </span>
        <span className={`meal-tag meal-tag-${TONE[order.status]}`}>
          {t(`mealsGuests.status_${order.status}`)}
        </span>
      </div>
      <p className="guest-item-reason">{order.reason}</p>
      <p className="guest-item-meta">
        {canteenName} · {t('mealsGuests.paidBy', { unit: order.payingUnitName })} ·{' '}
        {t('mealsGuests.total', { total: formatFen(order.priceFen * order.guestCount) })}
      </p>
    </li>
  );
}

import {
  HistogramOutline,
  ScanCodeOutline,
  TeamOutline,
  TravelOutline,
  UserAddOutline,
} from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInSession } from '../auth/use-session';
import { COUNTER_PATH, DUTY_MEALS_PATH, GUEST_MEALS_PATH, KITCHEN_PATH, MEAL_LEAVE_PATH } from './paths';
import { isUnitAdmin, mayRunCounter } from './roles';

/** Links to the other meal pages; unit and canteen work only for those whose role does it. */
export function MealShortcuts() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const links: { to: string; icon: ReactNode; label: string }[] = [
    { to: MEAL_LEAVE_PATH, icon: <TravelOutline />, label: t('mealsLeave.title') },
  ];
  if (isUnitAdmin(user.roles)) {
    links.push(
      { to: DUTY_MEALS_PATH, icon: <UserAddOutline />, label: t('mealsDuty.title') },
      { to: GUEST_MEALS_PATH, icon: <TeamOutline />, label: t('mealsGuests.title') },
    );
  }
  if (mayRunCounter(user.roles)) {
    links.push(
      { to: COUNTER_PATH, icon: <ScanCodeOutline />, label: t('mealsCounter.title') },
      { to: KITCHEN_PATH, icon: <HistogramOutline />, label: t('mealsKitchen.title') },
    );
  }
  return (
    <nav className="card-section meal-shortcuts" aria-label={t('meals.shortcuts')}>
      {links.map((link) => (
        <Link key={link.to} to={link.to} className="meal-shortcut">
          <span aria-hidden="true" className="meal-shortcut-icon">
            {link.icon}
          </span>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

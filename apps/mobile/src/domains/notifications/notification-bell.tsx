import { BellOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountBadge } from '../../ui/count-badge';
import { useUnreadNumber } from './queries';

/** The bell in the home page's header: a link to 消息, its name saying how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadNumber();
  return (
    <Link to="/messages" className="header-icon-link notification-bell">
      <BellOutline aria-hidden="true" />
      <CountBadge count={count} />
      <span className="visually-hidden">
        {count > 0 ? t('notifications.bellLabelUnread', { count }) : t('notifications.bellLabel')}
      </span>
    </Link>
  );
}

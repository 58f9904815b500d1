import { AppOutline, MessageOutline, UserOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadNumber } from '../domains/notifications/queries';
import { CountBadge } from '../ui/count-badge';

interface Tab {
  to: string;
  label: string;
  icon: ReactNode;
  /** a count shown on the icon, e.g. unread messages */
  badge?: number;
  /** said after the label, e.g. "，3 条未读" */
  srSuffix?: string;
}

/** The bottom tab bar: real links, so it works with a keyboard and screen readers. */
export function TabBar() {
  const { t } = useTranslation();
  const unread = useUnreadNumber();
  const tabs: Tab[] = [
    { to: '/', label: t('nav.home'), icon: <AppOutline aria-hidden="true" /> },
    {
      to: '/messages',
      label: t('nav.messages'),
      icon: <MessageOutline aria-hidden="true" />,
      badge: unread,
      srSuffix: unread > 0 ? t('notifications.unreadSuffix', { count: unread }) : undefined,
    },
    { to: '/me', label: t('nav.me'), icon: <UserOutline aria-hidden="true" /> },
  ];
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.to === '/'} className="tab-bar-item">
              <span className="tab-bar-icon">
                {tab.icon}
                {tab.badge !== undefined && <CountBadge count={tab.badge} />}
              </span>
              <span className="tab-bar-label">
                {tab.label}
                {tab.srSuffix && <span className="visually-hidden">{tab.srSuffix}</span>}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

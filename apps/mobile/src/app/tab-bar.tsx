import { AppOutline, MessageOutline, UserOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

interface Tab {
  to: string;
  label: string;
  icon: ReactNode;
}

/** The bottom tab bar: real links, so it works with a keyboard and screen readers. */
export function TabBar() {
  const { t } = useTranslation();
  const tabs: Tab[] = [
    { to: '/', label: t('nav.home'), icon: <AppOutline aria-hidden="true" /> },
    { to: '/messages', label: t('nav.messages'), icon: <MessageOutline aria-hidden="true" /> },
    { to: '/me', label: t('nav.me'), icon: <UserOutline aria-hidden="true" /> },
  ];
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.to === '/'} className="tab-bar-item">
              <span className="tab-bar-icon">{tab.icon}</span>
              <span className="tab-bar-label">{tab.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

interface PageProps {
  /** document title, and the h1 unless `heading` is given */
  title: string;
  heading?: ReactNode;
  /** shows a back link to this path */
  backTo?: string;
  /** content under the h1 in the header */
  headerExtra?: ReactNode;
  /** buttons or links at the right of the header (全部已读, the bell) */
  actions?: ReactNode;
  children: ReactNode;
}

/** One screen: the <main> landmark with its h1. */
export function Page({ title, heading, backTo, headerExtra, actions, children }: PageProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <main className="page">
      <header className="page-header">
        {backTo && (
          <Link to={backTo} className="page-back" aria-label={t('app.back')}>
            <LeftOutline aria-hidden="true" />
          </Link>
        )}
        <div className="page-heading">
          <h1>{heading ?? title}</h1>
          {headerExtra}
        </div>
        {actions && <div className="page-header-actions">{actions}</div>}
      </header>
      <div className="page-body">{children}</div>
    </main>
  );
}

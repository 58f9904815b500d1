import { AppstoreOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { Page } from '../../ui/page';
import { useSignedInSession } from '../auth/use-session';
import { NotificationBell } from '../notifications/notification-bell';
import { ServiceGrid } from './service-grid';
import { services } from './services';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  return (
    <Page
      title={t('home.title')}
      heading={t('home.greeting', { name: user.displayName })}
      headerExtra={<p className="page-subtitle">{user.unitName}</p>}
      actions={<NotificationBell />}
    >
      <section className="card-section" aria-labelledby="home-services">
        <h2 id="home-services" className="list-header">
          {t('home.services')}
        </h2>
        {services.length > 0 ? (
          <ServiceGrid entries={services} />
        ) : (
          <EmptyState
            icon={<AppstoreOutline />}
            title={t('home.emptyTitle')}
            description={t('home.emptyDescription')}
          />
        )}
      </section>
    </Page>
  );
}

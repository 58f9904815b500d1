import { Button } from 'antd-mobile';
import { BellOutline, CalendarOutline, LockOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { ListLink } from '../../ui/list-link';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { isSignedOutError } from '../auth/api';
import { CHANGE_PASSWORD_PATH } from '../auth/guards';
import { useLogout } from '../auth/use-logout';
import { useSignedInSession } from '../auth/use-session';
import { NOTIFICATION_SETTINGS_PATH } from '../notifications/keys';
import { CALENDAR_FEED_PATH } from '../rooms/paths';
import { LanguagePicker } from './language-picker';
import { ProfileDetails } from './profile-details';

export function MePage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const logout = useLogout();

  const onLogout = () =>
    logout.mutate(undefined, {
      onError: (err) => {
        if (!isSignedOutError(err)) showNotice(parseApiError(err));
      },
    });

  return (
    <Page title={t('me.title')}>
      <section className="profile-card" aria-label={user.displayName}>
        <div className="avatar" aria-hidden="true">
          {Array.from(user.displayName)[0] ?? ''}
        </div>
        <div>
          <p className="profile-card-name">{user.displayName}</p>
          <p className="profile-card-unit">{user.unitName}</p>
        </div>
      </section>

      <section className="card-section" aria-labelledby="me-profile">
        <h2 id="me-profile" className="list-header">
          {t('me.profile')}
        </h2>
        <ProfileDetails />
      </section>

      <section className="card-section">
        <LanguagePicker />
      </section>

      <section className="card-section" aria-labelledby="me-notifications">
        <h2 id="me-notifications" className="list-header">
          {t('me.notifications')}
        </h2>
        <ListLink to={NOTIFICATION_SETTINGS_PATH} icon={<BellOutline />}>
          {t('notificationSettings.title')}
        </ListLink>
      </section>

      <section className="card-section" aria-labelledby="me-rooms">
        <h2 id="me-rooms" className="list-header">
          {t('roomsHome.serviceTitle')}
        </h2>
        <ListLink to={CALENDAR_FEED_PATH} icon={<CalendarOutline />}>
          {t('roomsFeed.title')}
        </ListLink>
      </section>

      <section className="card-section" aria-labelledby="me-security">
        <h2 id="me-security" className="list-header">
          {t('me.security')}
        </h2>
        <ListLink to={CHANGE_PASSWORD_PATH} icon={<LockOutline />}>
          {t('me.changePassword')}
        </ListLink>
      </section>

      <div className="page-actions">
        <Button
          block
          size="large"
          color="danger"
          fill="outline"
          loading={logout.isPending}
          onClick={onLogout}
        >
          {t('me.logout')}
        </Button>
      </div>
    </Page>
  );
}

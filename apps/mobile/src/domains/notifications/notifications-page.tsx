import { BellOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { Page } from '../../ui/page';

/** 消息: notifications arrive with a later module; until then, an honest empty state. */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notifications.title')}>
      <EmptyState
        icon={<BellOutline />}
        title={t('notifications.emptyTitle')}
        description={t('notifications.emptyDescription')}
      />
    </Page>
  );
}

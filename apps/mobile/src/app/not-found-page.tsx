import { QuestionCircleOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../ui/empty-state';
import { Page } from '../ui/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        icon={<QuestionCircleOutline />}
        title={t('notFound.description')}
        action={
          <Link to="/" className="link-button">
            {t('notFound.home')}
          </Link>
        }
      />
    </Page>
  );
}

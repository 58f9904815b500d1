import { Button } from 'antd-mobile';
import { ExclamationCircleOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/empty-state';
import { usePageTitle } from '../ui/use-page-title';

/** Shown instead of a page that crashed while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.loadFailed'));
  return (
    <div className="app-column">
      <main className="page">
        <header className="page-header">
          <div className="page-heading">
            <h1>{t('app.loadFailed')}</h1>
          </div>
        </header>
        <div className="page-body">
          <EmptyState
            icon={<ExclamationCircleOutline />}
            title={t('errors.UNKNOWN')}
            action={
              <Button color="primary" fill="outline" onClick={() => window.location.reload()}>
                {t('app.retry')}
              </Button>
            }
          />
        </div>
      </main>
    </div>
  );
}

import { Button, SpinLoading } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../lib/api-error';
import { usePageTitle } from './use-page-title';

interface BootScreenProps {
  error: unknown;
  onRetry: () => void;
}

/** Full screen while the session is checked, or when it could not be. */
export function BootScreen({ error, onRetry }: BootScreenProps) {
  const { t } = useTranslation();
  usePageTitle(t('app.name'));
  return (
    <main className="boot-screen">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      {error ? (
        <div role="alert" className="boot-error">
          <p>{parseApiError(error)}</p>
          <Button color="primary" size="large" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        </div>
      ) : (
        <div role="status" className="boot-loading">
          <SpinLoading color="primary" aria-hidden="true" />
          <span className="visually-hidden">{t('app.loading')}</span>
        </div>
      )}
    </main>
  );
}

import { Button } from 'antd-mobile';
import { ExclamationCircleOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../lib/api-error';

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
}

/** A load that failed: the reason and a retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="empty-state" role="alert">
      <div className="empty-state-icon" aria-hidden="true">
        <ExclamationCircleOutline />
      </div>
      <p className="empty-state-title">{t('app.loadFailed')}</p>
      <p className="empty-state-description">{parseApiError(error)}</p>
      <Button color="primary" fill="outline" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </div>
  );
}

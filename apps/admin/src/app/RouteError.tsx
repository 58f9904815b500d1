import { useTranslation } from 'react-i18next';
import { ErrorScreen } from './ErrorScreen';

/** When a page's code fails to load (e.g. after a deploy) or a page crashes. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <ErrorScreen
      title={t('app.pageLoadFailed')}
      hint={t('app.pageLoadFailedHint')}
      action={t('app.reload')}
      onAction={() => window.location.reload()}
    />
  );
}

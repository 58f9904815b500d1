import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "page · app". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** `页面 - 后勤管理后台` in the browser tab. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = title === app ? app : `${title} - ${app}`;
  }, [title, app]);
}

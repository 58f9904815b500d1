import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { CurrentSessionContext } from '../domains/auth/current-session';
import { useSession } from '../domains/auth/session';
import { parseApiError } from '../lib/errors';
import { ErrorScreen } from './ErrorScreen';
import { PageSpin } from './PageSpin';

/** Signed-in pages: sends everyone else to the login page and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <PageSpin fullScreen />;
  if (session.isError) {
    return (
      <ErrorScreen
        title={parseApiError(session.error)}
        action={t('common.retry')}
        onAction={() => void session.refetch()}
      />
    );
  }
  if (!session.data) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <CurrentSessionContext.Provider value={session.data}>{children}</CurrentSessionContext.Provider>;
}

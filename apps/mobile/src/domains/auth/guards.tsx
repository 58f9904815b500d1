import { Navigate, Outlet, useLocation } from 'react-router';
import { BootScreen } from '../../ui/boot-screen';
import { useLiveNotifications } from '../notifications/live';
import { useSession } from './use-session';
import { useSessionLanguage } from './use-session-language';

export const CHANGE_PASSWORD_PATH = '/me/password';

export interface LoginLocationState {
  from?: string;
}

/** Signed-in pages: a user without a session goes to login, one with an initial password changes it. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  useSessionLanguage();
  useLiveNotifications(session.data?.user.id ?? null);

  if (session.data === undefined) {
    return <BootScreen error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.data === null) {
    const state: LoginLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}

/** The login page only for signed-out users; a signed-in user goes where they were heading. */
export function RequireSignedOut() {
  const session = useSession();
  const location = useLocation();
  const from = (location.state as LoginLocationState | null)?.from;

  if (session.isPending) return <BootScreen error={null} onRetry={() => void session.refetch()} />;
  if (session.data) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  return <Outlet />;
}

import type { Session } from '@houqin/contracts';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { liveNotifications } from '../notifications/live';
import { fetchSession, sessionQueryKey } from './api';

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in user's session; only for pages behind RequireSession. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession used outside RequireSession');
  return data;
}

/** Replace the cached session (after login, password change) and drop every other user's data. */
export function startSession(queryClient: QueryClient, session: Session): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Forget the session and everything loaded with it; the guards then show the login page. */
export function endSession(queryClient: QueryClient): void {
  liveNotifications.stop();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

export function useUpdateSessionUser() {
  const queryClient = useQueryClient();
  return useCallback(
    (patch: Partial<Session['user']>) =>
      queryClient.setQueryData<Session | null>(sessionQueryKey, (old) =>
        old ? { ...old, user: { ...old.user, ...patch } } : old,
      ),
    [queryClient],
  );
}

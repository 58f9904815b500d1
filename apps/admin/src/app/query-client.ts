import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionKey } from '../domains/auth/session';
import { isApiError } from '../lib/api-error';
import { setCsrfToken } from '../lib/http';

function retry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** A call that finds the session gone signs the console out; a stale CSRF token fetches a fresh one. */
function onApiError(error: unknown): void {
  if (!isApiError(error)) return;
  if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') {
    setCsrfToken(null);
    queryClient.setQueryData(sessionKey, null);
  } else if (error.code === 'CSRF_TOKEN_INVALID') {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: { retry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

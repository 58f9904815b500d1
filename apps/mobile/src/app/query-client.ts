import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isSignedOutError, sessionQueryKey } from '../domains/auth/api';
import { endSession } from '../domains/auth/use-session';
import { parseApiError } from '../lib/api-error';
import { ApiError } from '../lib/http';
import { showNotice } from '../ui/notice';

/** Retry only what may succeed on a second try: network failures and server errors. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!isSignedOutError(error) || queryClient.getQueryData(sessionQueryKey) === null) return;
    showNotice(parseApiError(error));
    endSession(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

import type { ChangePasswordInput, LoginInput, Session } from '@houqin/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../lib/api-error';
import { http, setCsrfToken } from '../../lib/http';
import i18n, { pickedLanguage, rememberLanguage } from '../../lib/i18n';
import { stopNotificationStream } from '../notifications/stream';

export const sessionKey = ['session'] as const;

/** Keeps the CSRF token and reconciles the UI language with the one saved on the account. */
function adopt(session: Session): Session {
  setCsrfToken(session.csrfToken);
  const picked = pickedLanguage();
  const saved = session.user.locale;
  if (picked && picked !== saved) {
    http.patch('/api/me', { locale: picked }).catch(() => undefined);
  } else if (!picked && saved) {
    rememberLanguage(saved);
    void i18n.changeLanguage(saved);
  }
  return session;
}

async function fetchSession(signal: AbortSignal): Promise<Session | null> {
  try {
    return adopt(await http.get<Session>('/api/auth/session', undefined, signal));
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in session; `null` when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => http.post<Session>('/api/auth/login', input),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, adopt(session));
    },
  });
}

/**
 * Signs out, then loads the login page afresh: nothing of this session stays in memory, and the next
 * person to sign in starts from the home page rather than where this one left off.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => {
      stopNotificationStream();
      return http.post<{ ok: true }>('/api/auth/logout');
    },
    onSettled: () => {
      setCsrfToken(null);
      window.location.replace(`${import.meta.env.BASE_URL}login`);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => http.post<Session>('/api/me/password', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

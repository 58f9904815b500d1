import type { LoginInput, Session } from '@houqin/contracts';
import { ApiError, api, setCsrfToken } from '../../lib/http';

export const sessionQueryKey = ['auth', 'session'] as const;

/** The current session, or null when not signed in (401). Keeps its CSRF token for mutations. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('GET', '/api/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export async function login(input: LoginInput): Promise<Session> {
  const session = await api<Session>('POST', '/api/auth/login', input);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  await api<{ ok: true }>('POST', '/api/auth/logout');
  setCsrfToken(null);
}

/** Codes that mean the session is gone: the app returns to the login page. */
export function isSignedOutError(err: unknown): boolean {
  return err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'SESSION_EXPIRED');
}

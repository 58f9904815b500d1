import type { SessionHeaders } from '../scenarios';

/** The account every authenticated scenario signs in with: a demo staff member (seed/demo). */
export const benchUser = { username: 'chenjing', password: 'Houqin@2026demo' } as const;

export interface LoginOutcome {
  status: number;
  /** `houqin_sid=…`, ready for a Cookie header */
  cookie?: string;
  csrfToken?: string;
  body: string;
}

/** POST /api/auth/login; never throws on a refused login, so the caller can repair and retry. */
export async function tryLogin(
  baseUrl: string,
  credentials: { username: string; password: string } = benchUser,
): Promise<LoginOutcome> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (response.status !== 200) return { status: response.status, body };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('houqin_sid='));
  let csrfToken: string | undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'csrfToken' in parsed) {
      csrfToken = typeof parsed.csrfToken === 'string' ? parsed.csrfToken : undefined;
    }
  } catch {
    // not JSON: reported below through the missing token
  }
  return { status: response.status, cookie, csrfToken, body };
}

/**
 * Creates (or repairs: password, active, unlocked) the bench user straight in the database, staff
 * in the first unit, creating a unit when the database has none. On the embedded store the server
 * must be stopped first: PGlite serves one process.
 */

/** Signs in and returns the headers of a cookie-authenticated request (mutations need the CSRF one). */
export async function loginHeaders(
  baseUrl: string,
  credentials: { username: string; password: string } = benchUser,
): Promise<SessionHeaders> {
  const outcome = await tryLogin(baseUrl, credentials);
  if (outcome.status !== 200 || !outcome.cookie || !outcome.csrfToken) {
    throw new Error(
      `login as ${credentials.username} failed: HTTP ${outcome.status} ${outcome.body.slice(0, 300)}`,
    );
  }
  return { cookie: outcome.cookie, 'x-csrf-token': outcome.csrfToken };
}

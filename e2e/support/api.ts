import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { DEMO_PASSWORD } from './server';

/**
 * The API as one signed-in user, outside the browser: to set up what a flow needs (a booking to
 * check in to) or to read what a screen should show. Sends the session's CSRF token on writes, like
 * the apps do.
 */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown, expectedStatus?: number): Promise<T>;
  /** the raw response, for a status the caller checks itself */
  raw(method: 'GET' | 'POST', path: string, body?: unknown): Promise<APIResponse>;
  dispose(): Promise<void>;
}

async function expectStatus(response: APIResponse, expected: number, what: string): Promise<void> {
  if (response.status() !== expected) {
    throw new Error(`${what}: expected HTTP ${expected}, got ${response.status()}: ${await response.text()}`);
  }
}

export async function apiSession(
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { Accept: 'application/json', 'Accept-Language': 'zh-CN' },
  });
  const login = await context.post('/api/auth/login', { data: { username, password } });
  await expectStatus(login, 200, `login as ${username}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  const raw = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    method === 'GET'
      ? context.get(path)
      : context.post(path, { data: body ?? {}, headers: { 'X-CSRF-Token': csrfToken } });

  return {
    async get<T>(path: string) {
      const response = await raw('GET', path);
      await expectStatus(response, 200, `GET ${path} as ${username}`);
      return (await response.json()) as T;
    },
    async post<T>(path: string, body?: unknown, expectedStatus = 200) {
      const response = await raw('POST', path, body);
      await expectStatus(response, expectedStatus, `POST ${path} as ${username}`);
      return (await response.json()) as T;
    },
    raw,
    dispose: () => context.dispose(),
  };
}

/**
 * Moves the server's clock (a server started with HOUQIN_TEST_CLOCK_TOKEN) so that it reads `to`
 * now. Only forward: the offset from the real time cannot be negative. Returns the server's now.
 */
export async function setServerClock(baseUrl: string, token: string, to: Date): Promise<Date> {
  const offsetMs = Math.max(0, to.getTime() - Date.now());
  const response = await fetch(`${baseUrl}/api/test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Test-Clock-Token': token },
    body: JSON.stringify({ offsetMs }),
  });
  if (!response.ok) throw new Error(`test clock: HTTP ${response.status}: ${await response.text()}`);
  return new Date(((await response.json()) as { now: string }).now);
}

/** Runs `use` with a fresh session of the user (made when needed: moving the clock ends idle sessions). */
export async function withApiSession<T>(
  baseUrl: string,
  username: string,
  use: (api: ApiSession) => Promise<T>,
): Promise<T> {
  const api = await apiSession(baseUrl, username);
  try {
    return await use(api);
  } finally {
    await api.dispose();
  }
}

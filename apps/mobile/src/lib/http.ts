import type { ApiErrorBody, ApiIssue, ErrorCode } from '@houqin/contracts';
import { currentLanguage } from './i18n';

/** Failures the client detects itself, localized like the API's codes. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly issues: ApiIssue[];
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: ErrorCode | ClientErrorCode,
    message: string,
    issues: ApiIssue[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

/** The CSRF token of the current session, from the login/session/password responses. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

const NOT_JSON = Symbol('not JSON');

/** The parsed body; undefined when empty, NOT_JSON when it is something else (e.g. a proxy's HTML page). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, issues, details } = payload.error;
    return new ApiError(status, code, message, issues ?? [], details ?? {});
  }
  const code = status === 502 || status === 503 || status === 504 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE';
  return new ApiError(status, code, `HTTP ${status}`);
}

async function send<T>(method: HttpMethod, path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Network request failed');
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  if (payload === NOT_JSON) throw new ApiError(response.status, 'BAD_RESPONSE', 'Response is not JSON');
  return payload as T;
}

/** Fetches a fresh CSRF token from the session; false when there is no session. */
async function refreshCsrfToken(): Promise<boolean> {
  try {
    const session = await send<{ csrfToken: string }>('GET', '/api/auth/session', undefined);
    setCsrfToken(session.csrfToken);
    return true;
  } catch {
    return false;
  }
}

/**
 * One JSON request to the API; resolves with the parsed body or rejects with an ApiError. A mutation
 * refused for a stale CSRF token is retried once with a fresh token from the session.
 */
export async function api<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  try {
    return await send<T>(method, path, body);
  } catch (err) {
    const staleToken = err instanceof ApiError && err.code === 'CSRF_TOKEN_INVALID' && method !== 'GET';
    if (staleToken && (await refreshCsrfToken())) return send<T>(method, path, body);
    throw err;
  }
}

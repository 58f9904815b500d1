import type { ApiIssue, ErrorCode } from '@houqin/contracts';

/** Codes the server sends, plus the one the app uses when the server cannot be reached. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR';

export interface ApiErrorInit {
  status: number;
  code: ClientErrorCode;
  message: string;
  issues?: ApiIssue[];
  details?: Record<string, unknown>;
}

/** Every failed API call rejects with this. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly issues: ApiIssue[];
  readonly details: Record<string, unknown>;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.details = init.details ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_ERROR';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is ApiIssue =>
      isRecord(issue) && typeof issue.path === 'string' && typeof issue.message === 'string',
  );
}

/** Builds an ApiError from a failed response's status and parsed body (which may not be our JSON). */
export function toApiError(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  if (error && typeof error.code === 'string') {
    return new ApiError({
      status,
      code: error.code as ClientErrorCode,
      message: typeof error.message === 'string' ? error.message : '',
      issues: readIssues(error.issues),
      details: isRecord(error.details) ? error.details : {},
    });
  }
  return new ApiError({ status, code: codeForStatus(status), message: '' });
}

import type { ApiIssue, ErrorCode } from '@houqin/contracts';

/** HTTP status for every error code: the one table. */
export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  IP_LOCKED: 429,
  RATE_LIMITED: 429,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  PASSWORD_POLICY: 422,
  PASSWORD_INCORRECT: 422,
  USERNAME_TAKEN: 409,
  EMPLOYEE_CODE_TAKEN: 409,
  UNIT_HAS_CHILDREN: 409,
  UNIT_HAS_USERS: 409,
  UNIT_CYCLE: 422,
  UNIT_CODE_TAKEN: 409,
  IMPORT_INVALID: 422,
  IMPORT_FILE_UNREADABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  CANNOT_DEACTIVATE_SELF: 422,
  LAST_SYSADMIN: 409,
  JOB_NOT_RETRYABLE: 409,
  JOB_ALREADY_PENDING: 409,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_IMAGE_UNREADABLE: 422,
  FILES_TOO_MANY: 413,
  FILE_NOT_ATTACHABLE: 422,
  TOKEN_INVALID: 422,
  TOKEN_EXPIRED: 422,
  TOKEN_USED: 409,
  TOKEN_NOT_YET_VALID: 422,
  SHORT_CODE_INVALID: 422,
  CALENDAR_IMPORT_INVALID: 422,
  SPACE_CODE_TAKEN: 409,
  ROOM_NUMBER_TAKEN: 409,
  SPACE_IN_USE: 409,
  SPACES_IMPORT_INVALID: 422,
  ROOM_CONFLICT: 409,
  ROOM_NOT_BOOKABLE: 422,
  ROOM_BOOKING_NOT_ALLOWED: 403,
  BOOKING_RULES_VIOLATED: 422,
  BOOKING_DURATION_INVALID: 422,
  BOOKING_QUOTA_EXCEEDED: 422,
  BOOKING_NOT_CHANGEABLE: 409,
  BOOKING_NOT_PENDING: 409,
  CHECK_IN_NOT_OPEN: 422,
  CHECK_IN_NO_BOOKING: 404,
  CLOSURE_OVERLAPS: 409,
  FEED_NOT_FOUND: 404,
  CANTEEN_CLOSED: 422,
  BOOKING_CUTOFF_PASSED: 422,
  CANTEEN_NOT_ELIGIBLE: 422,
  MEAL_NOT_SERVED: 422,
  MEAL_BOOKED_ELSEWHERE: 409,
  MENU_NOT_PUBLISHED: 422,
  CANTEEN_NAME_TAKEN: 409,
  STAFF_NOT_IN_UNIT: 422,
  GUEST_MEAL_NOT_PENDING: 409,
  MEAL_ALREADY_SERVED: 409,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** A rule violation with a code from the contracts. Messages are localized at the edge from the code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>, issues?: ApiIssue[]) {
    super(code);
    this.code = code;
    this.details = details;
    this.issues = issues;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', { entity });
export const forbidden = () => new AppError('FORBIDDEN');

/** SQLSTATE of a database error; drizzle wraps driver errors and puts the original in `cause`. */
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Name of the violated constraint, for unique/exclusion violations. */
export function violatedConstraint(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    const c = (e as { constraint?: unknown }).constraint;
    if (typeof c === 'string') return c;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

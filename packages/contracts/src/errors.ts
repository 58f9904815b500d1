/**
 * Every error the API can return has a code from this list. The server maps codes to HTTP
 * status (apps/server/src/platform/errors.ts); the apps map codes to localized messages.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'IP_LOCKED',
  'RATE_LIMITED',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'PASSWORD_POLICY',
  'PASSWORD_INCORRECT',
  'USERNAME_TAKEN',
  'EMPLOYEE_CODE_TAKEN',
  'UNIT_HAS_CHILDREN',
  'UNIT_HAS_USERS',
  'UNIT_CYCLE',
  'UNIT_CODE_TAKEN',
  'IMPORT_INVALID',
  'IMPORT_FILE_UNREADABLE',
  'PAYLOAD_TOO_LARGE',
  'CANNOT_DEACTIVATE_SELF',
  'LAST_SYSADMIN',
  'JOB_NOT_RETRYABLE',
  'JOB_ALREADY_PENDING',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_IMAGE_UNREADABLE',
  'FILES_TOO_MANY',
  'FILE_NOT_ATTACHABLE',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'TOKEN_NOT_YET_VALID',
  'SHORT_CODE_INVALID',
  'CALENDAR_IMPORT_INVALID',
  'SPACE_CODE_TAKEN',
  'ROOM_NUMBER_TAKEN',
  'SPACE_IN_USE',
  'SPACES_IMPORT_INVALID',
  'ROOM_CONFLICT',
  'ROOM_NOT_BOOKABLE',
  'ROOM_BOOKING_NOT_ALLOWED',
  'BOOKING_RULES_VIOLATED',
  'BOOKING_DURATION_INVALID',
  'BOOKING_QUOTA_EXCEEDED',
  'BOOKING_NOT_CHANGEABLE',
  'BOOKING_NOT_PENDING',
  'CHECK_IN_NOT_OPEN',
  'CHECK_IN_NO_BOOKING',
  'CLOSURE_OVERLAPS',
  'FEED_NOT_FOUND',
  'CANTEEN_CLOSED',
  'BOOKING_CUTOFF_PASSED',
  'CANTEEN_NOT_ELIGIBLE',
  'MEAL_NOT_SERVED',
  'MEAL_BOOKED_ELSEWHERE',
  'MENU_NOT_PUBLISHED',
  'CANTEEN_NAME_TAKEN',
  'STAFF_NOT_IN_UNIT',
  'GUEST_MEAL_NOT_PENDING',
  'MEAL_ALREADY_SERVED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiIssue {
  /** dotted path of the field, e.g. "body.username" or "rows.3.mobile" */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    issues?: ApiIssue[];
    /** extra, code-specific data (e.g. lockedUntil) */
    details?: Record<string, unknown>;
  };
}

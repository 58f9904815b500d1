import type { ErrorCode, Role } from '@houqin/contracts';
import type { ClientErrorCode } from '../http';

/** Every message key under `errors`: the API's codes, the client's own codes and a few variants. */
export type ErrorMessageKey =
  | ErrorCode
  | ClientErrorCode
  | 'UNKNOWN'
  | 'ACCOUNT_LOCKED_UNTIL'
  | 'IP_LOCKED_UNTIL';

export type ErrorMessages = Record<ErrorMessageKey, string>;
export type RoleMessages = Record<Role, string>;

import { AppError } from '../errors';
import type { ShortCodeFailure } from './short-codes';
import type { TokenFailure } from './signed';

/** For a module that answers a refused token with an error: the code the apps localize. */
export function tokenError(reason: TokenFailure): AppError {
  if (reason === 'expired') return new AppError('TOKEN_EXPIRED');
  if (reason === 'used') return new AppError('TOKEN_USED');
  if (reason === 'not_yet_valid') return new AppError('TOKEN_NOT_YET_VALID');
  return new AppError('TOKEN_INVALID');
}

/** The same for a typed short code; "wrong purpose" reads as a wrong code. */
export function shortCodeError(reason: ShortCodeFailure): AppError {
  if (reason === 'expired') return new AppError('TOKEN_EXPIRED');
  if (reason === 'used') return new AppError('TOKEN_USED');
  if (reason === 'rate_limited') return new AppError('RATE_LIMITED');
  return new AppError('SHORT_CODE_INVALID');
}

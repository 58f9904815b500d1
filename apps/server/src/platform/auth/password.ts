import { PASSWORD_MIN_LENGTH } from '@houqin/contracts';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors';

// algorithm 2 = Argon2id (the package's const enum can't be imported under isolatedModules)
const options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this keeps the time of "no such user" equal to "wrong password". */
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('houqin-dummy-password-1');
  await verifyPassword(await dummyHash, password);
}

const common = new Set([
  'password123',
  'qwerty12345',
  '1234567890',
  'abcd123456',
  'admin12345',
  'a123456789',
]);

/**
 * At least 10 characters with a letter and a digit, not the username, not a well-known password.
 * With `field` (e.g. "body.newPassword") the error also names the field, for the form to show it.
 */
export function assertPasswordPolicy(password: string, username: string, field?: string): void {
  const ok =
    password.length >= PASSWORD_MIN_LENGTH &&
    /[A-Za-z]/.test(password) &&
    /\d/.test(password) &&
    password.toLowerCase() !== username.toLowerCase() &&
    !common.has(password.toLowerCase());
  if (ok) return;
  const issues = field ? [{ path: field, message: 'PASSWORD_POLICY' }] : undefined;
  throw new AppError('PASSWORD_POLICY', { minLength: PASSWORD_MIN_LENGTH }, issues);
}

import { type Role, roleSchema, type User } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { type AuditValues, recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { encryptText, maskMobile } from '../../platform/crypto';
import { AppError, sqlState, violatedConstraint } from '../../platform/errors';
import { insertUsers, type NewUserRow, type UserRecord } from './users-repository';

/**
 * The shared core of writing user accounts: the console, the import, the CLI and the demo seed
 * all create users through insertAccounts, so every account is stored and audited the same way.
 */
export interface NewAccount {
  username: string;
  displayName: string;
  /** clear mobile (already validated); stored only encrypted plus masked */
  mobile?: string | null | undefined;
  employeeCode?: string | null | undefined;
  unitId: string;
  roles: Role[];
  /** argon2id hash (hash outside the transaction: it is slow on purpose) */
  passwordHash: string;
  mustChangePassword: boolean;
}

/** The encrypted and masked columns for a mobile number (both null when there is none). */
export function mobileColumns(ctx: AppContext, mobile: string | null | undefined) {
  if (!mobile) return { mobileEnc: null, mobileMasked: null };
  return { mobileEnc: encryptText(ctx.keys.personalData, mobile), mobileMasked: maskMobile(mobile) };
}

/** What an audit entry shows of a user: the masked mobile, never the number or a password. */
export function userAuditView(u: {
  username: string;
  displayName: string;
  mobileMasked: string | null;
  employeeCode: string | null;
  unitId: string;
  roles: string[];
  active: boolean;
  mustChangePassword?: boolean;
}): AuditValues {
  return {
    username: u.username,
    displayName: u.displayName,
    mobileMasked: u.mobileMasked,
    employeeCode: u.employeeCode,
    unitId: u.unitId,
    roles: u.roles,
    active: u.active,
    ...(u.mustChangePassword === undefined ? {} : { mustChangePassword: u.mustChangePassword }),
  };
}

/** Inserts the accounts and one audit entry per account, in the caller's transaction. */
export async function insertAccounts(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  accounts: NewAccount[],
  action = 'user.created',
): Promise<{ id: string; username: string }[]> {
  const now = ctx.clock.now();
  const rows: NewUserRow[] = accounts.map((a) => ({
    username: a.username,
    displayName: a.displayName,
    ...mobileColumns(ctx, a.mobile),
    employeeCode: a.employeeCode ?? null,
    unitId: a.unitId,
    roles: a.roles,
    active: true,
    passwordHash: a.passwordHash,
    mustChangePassword: a.mustChangePassword,
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  const inserted = await insertUsers(tx, rows);
  for (const [i, created] of inserted.entries()) {
    const row = rows[i];
    if (!row) continue;
    const after = userAuditView({
      username: row.username,
      displayName: row.displayName,
      mobileMasked: row.mobileMasked ?? null,
      employeeCode: row.employeeCode ?? null,
      unitId: row.unitId,
      roles: row.roles ?? [],
      active: true,
      mustChangePassword: row.mustChangePassword ?? false,
    });
    await recordAudit(tx, caller, { action, entityType: 'user', entityId: created.id, after }, now);
  }
  return inserted;
}

/**
 * Turns the database's answer to a user write into the rule it broke: the unique indexes decide
 * whether a username (case-insensitive) or employee code is taken, the foreign key whether the unit exists.
 */
export function userWriteError(err: unknown): unknown {
  const state = sqlState(err);
  const constraint = violatedConstraint(err);
  if (state === '23505' && constraint === 'users_username_key') {
    return new AppError('USERNAME_TAKEN', undefined, [{ path: 'body.username', message: 'USERNAME_TAKEN' }]);
  }
  if (state === '23505' && constraint === 'users_employee_code_key') {
    return new AppError('EMPLOYEE_CODE_TAKEN', undefined, [
      { path: 'body.employeeCode', message: 'EMPLOYEE_CODE_TAKEN' },
    ]);
  }
  if (state === '23503' && constraint === 'users_unit_id_units_id_fk') {
    return new AppError('NOT_FOUND', { entity: 'unit' }, [{ path: 'body.unitId', message: 'NOT_FOUND' }]);
  }
  return err;
}

export const knownRoles = (roles: string[]): Role[] =>
  roles.flatMap((r) => {
    const parsed = roleSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });

/** The API's view of a user. A lock that has run out is shown as no lock. */
export function toUser(row: UserRecord, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    mobileMasked: row.mobileMasked,
    employeeCode: row.employeeCode,
    unitId: row.unitId,
    unitName: row.unitName,
    roles: knownRoles(row.roles),
    active: row.active,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

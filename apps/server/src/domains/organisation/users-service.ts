import type {
  CreateUserInput,
  ListUsersQuery,
  ResetPasswordInput,
  Role,
  UpdateUserInput,
  User,
} from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { type AuditValues, recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import { assertPasswordPolicy, hashPassword } from '../../platform/auth/password';
import { revokeUserSessions } from '../../platform/auth/sessions';
import type { AppContext } from '../../platform/context';
import { decryptText } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import { assertCanManageOrganisation, userReadScope } from './policy';
import { insertAccounts, mobileColumns, toUser, userAuditView, userWriteError } from './user-accounts';
import {
  countUsers,
  findUserById,
  findUserIdByUsername,
  findUserStateForUpdate,
  listUsers as listUserRows,
  lockActiveSysadmins,
  type UserFilters,
  type UserUpdate,
  updateUserById,
} from './users-repository';

export function filtersOf(query: Omit<ListUsersQuery, 'page' | 'pageSize'>): UserFilters {
  return {
    q: query.q || undefined,
    unitId: query.unitId,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === 'true',
  };
}

/** A page of users the caller may see: all of them, or a unit_admin's own unit. */
export async function listUsers(ctx: AppContext, caller: Caller, query: ListUsersQuery) {
  const scope = userReadScope(caller);
  const { items, total } = await listUserRows(ctx.db, {
    scope,
    filters: filtersOf(query),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const now = ctx.clock.now();
  return { items: items.map((r) => toUser(r, now)), total, page: query.page, pageSize: query.pageSize };
}

/** Whether any account exists (the first start seeds only an empty database). */
export async function anyUserExists(db: Executor): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

async function getUser(ctx: AppContext, id: string): Promise<User> {
  const row = await findUserById(ctx.db, { id, scope: { kind: 'all' } });
  if (!row) throw notFound('user');
  return toUser(row, ctx.clock.now());
}

/** The password policy, reported on the field that carries the password. */
export function checkPasswordPolicy(password: string, username: string, field = 'body.password'): void {
  try {
    assertPasswordPolicy(password, username);
  } catch (err) {
    if (err instanceof AppError && err.code === 'PASSWORD_POLICY') {
      throw new AppError('PASSWORD_POLICY', err.details, [{ path: field, message: 'PASSWORD_POLICY' }]);
    }
    throw err;
  }
}

/** A new account with an initial password that must be changed at the first sign-in. */
export async function createUser(ctx: AppContext, caller: Caller, input: CreateUserInput): Promise<User> {
  assertCanManageOrganisation(caller);
  return provisionUser(ctx, caller, input);
}

/**
 * Creates an account without a policy check, for trusted operators that have already been
 * authorized another way (the CLI on the server); audited as `caller`.
 */
export async function provisionUser(
  ctx: AppContext,
  caller: Caller,
  input: CreateUserInput,
  passwordField = 'body.password',
): Promise<User> {
  checkPasswordPolicy(input.password, input.username, passwordField);
  const passwordHash = await hashPassword(input.password);
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const [created] = await insertAccounts(ctx, tx, caller, [
        {
          username: input.username,
          displayName: input.displayName,
          mobile: input.mobile,
          employeeCode: input.employeeCode,
          unitId: input.unitId,
          roles: unique(input.roles),
          passwordHash,
          mustChangePassword: true,
        },
      ]);
      if (!created) throw new Error('user insert returned no row');
      return created.id;
    });
  } catch (err) {
    throw userWriteError(err);
  }
  return getUser(ctx, id);
}

const unique = (list: Role[]): Role[] => [...new Set(list)];

function sameMobile(ctx: AppContext, stored: string | null, next: string | null): boolean {
  if (!stored || !next) return stored === next;
  try {
    return decryptText(ctx.keys.personalData, stored) === next;
  } catch {
    return false;
  }
}

/**
 * Whether an edit could take an active sysadmin away (drops the role or deactivates), judged
 * from the input alone so the sysadmin rows can be locked before the user's own row.
 */
const mayRemoveSysadmin = (input: UpdateUserInput): boolean =>
  input.active === false || (input.roles !== undefined && !input.roles.includes('sysadmin'));

/**
 * Refuses an edit that would leave no active sysadmin. `sysadmins` are the active sysadmins,
 * locked by this transaction before the user's row, so concurrent removals are serialised.
 */
function assertSysadminRemains(
  state: { id: string; roles: string[]; active: boolean },
  input: UpdateUserInput,
  sysadmins: string[],
): void {
  if (!state.active || !state.roles.includes('sysadmin')) return;
  const dropsRole = input.roles !== undefined && !input.roles.includes('sysadmin');
  const deactivates = input.active === false;
  if (!dropsRole && !deactivates) return;
  if (sysadmins.some((id) => id !== state.id)) return;
  throw new AppError('LAST_SYSADMIN', undefined, [
    { path: dropsRole ? 'body.roles' : 'body.active', message: 'LAST_SYSADMIN' },
  ]);
}

/**
 * Edits a user. Deactivating revokes every session of the user at once; nobody deactivates
 * themselves, and nobody removes the last active sysadmin (role dropped or account deactivated).
 * Nothing is written (and nothing audited) when nothing changes.
 */
export async function updateUser(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  const actor = assertCanManageOrganisation(caller);
  if (input.active === false && id === actor.id) {
    throw new AppError('CANNOT_DEACTIVATE_SELF', undefined, [
      { path: 'body.active', message: 'CANNOT_DEACTIVATE_SELF' },
    ]);
  }
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      // the sysadmin rows first, then the user's: the same lock order in every such edit
      const sysadmins = mayRemoveSysadmin(input) ? await lockActiveSysadmins(tx) : [];
      const state = await findUserStateForUpdate(tx, { id });
      if (!state) throw notFound('user');
      assertSysadminRemains(state, input, sysadmins);
      const set: UserUpdate = {};
      const before: AuditValues = userAuditView(state);
      const after: AuditValues = { ...before };
      const plain: UserUpdate = {
        displayName: input.displayName,
        employeeCode: input.employeeCode,
        unitId: input.unitId,
        roles: input.roles && unique(input.roles),
        active: input.active,
      };
      for (const [key, value] of Object.entries(plain)) {
        if (value === undefined) continue;
        Object.assign(set, { [key]: value });
        after[key] = value;
      }
      if (input.mobile !== undefined && !sameMobile(ctx, state.mobileEnc, input.mobile)) {
        Object.assign(set, mobileColumns(ctx, input.mobile));
        after.mobileMasked = set.mobileMasked;
        // records that the number changed; recordAudit redacts the "mobile" key to [redacted]
        before.mobile = state.mobileEnc ? 'previous' : null;
        after.mobile = input.mobile ? 'new' : null;
      }
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await updateUserById(tx, { id, set, now });
      const deactivated = state.active && input.active === false;
      if (deactivated) await revokeUserSessions(ctx, tx, id);
      const action = deactivated
        ? 'user.deactivated'
        : !state.active && input.active === true
          ? 'user.reactivated'
          : 'user.updated';
      await recordAudit(tx, caller, { action, entityType: 'user', entityId: id, before, after }, now);
    });
  } catch (err) {
    throw userWriteError(err);
  }
  return getUser(ctx, id);
}

/**
 * Sets a new password chosen by an administrator (console or CLI): every session of the user is
 * revoked, an account lock is lifted, and the user must choose their own password at next sign-in.
 */
export async function applyPasswordReset(
  ctx: AppContext,
  caller: Caller,
  user: { id: string; username: string },
  password: string,
  field = 'body.password',
): Promise<void> {
  checkPasswordPolicy(password, user.username, field);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const state = await findUserStateForUpdate(tx, { id: user.id });
    if (!state) throw notFound('user');
    await updateUserById(tx, {
      id: user.id,
      set: {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: now,
        failedLogins: 0,
        lockedUntil: null,
      },
      now,
    });
    await revokeUserSessions(ctx, tx, user.id);
    await recordAudit(
      tx,
      caller,
      {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        before: { mustChangePassword: state.mustChangePassword, lockedUntil: state.lockedUntil },
        after: { mustChangePassword: true, lockedUntil: null },
      },
      now,
    );
  });
}

/** Resets a password by username, for trusted operators (the CLI); audited as `caller`. */
export async function resetPasswordByUsername(
  ctx: AppContext,
  caller: Caller,
  username: string,
  password: string,
): Promise<void> {
  const user = await findUserIdByUsername(ctx.db, { username });
  if (!user) throw notFound('user');
  await applyPasswordReset(ctx, caller, user, password, 'password');
}

export async function resetUserPassword(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: ResetPasswordInput,
): Promise<void> {
  assertCanManageOrganisation(caller);
  const user = await getUser(ctx, id);
  await applyPasswordReset(ctx, caller, user, input.password);
}

/** Lifts an account lock after too many wrong passwords. */
export async function unlockUser(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageOrganisation(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const state = await findUserStateForUpdate(tx, { id });
    if (!state) throw notFound('user');
    await updateUserById(tx, { id, set: { failedLogins: 0, lockedUntil: null }, now });
    await recordAudit(
      tx,
      caller,
      {
        action: 'user.unlocked',
        entityType: 'user',
        entityId: id,
        before: { failedLogins: state.failedLogins, lockedUntil: state.lockedUntil },
        after: { failedLogins: 0, lockedUntil: null },
      },
      now,
    );
  });
}

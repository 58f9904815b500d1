import type { Role } from '@houqin/contracts';
import { and, arrayContains, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Scope } from '../../platform/auth/actor';
import { units, users } from './tables';

/** The columns a user is shown with (never the password hash or the encrypted mobile). */
const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  mobileMasked: users.mobileMasked,
  employeeCode: users.employeeCode,
  unitId: users.unitId,
  unitName: units.name,
  roles: users.roles,
  active: users.active,
  locale: users.locale,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  mobileMasked: string | null;
  employeeCode: string | null;
  unitId: string;
  unitName: string;
  roles: string[];
  active: boolean;
  locale: string | null;
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface UserFilters {
  q?: string | undefined;
  unitId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
}

function scopeCondition(scope: Scope): SQL | undefined {
  if (scope.kind === 'unit') return eq(users.unitId, scope.unitId);
  if (scope.kind === 'own') return eq(users.id, scope.userId);
  return undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function listCondition(scope: Scope, f: UserFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    conditions.push(
      or(
        ilike(users.username, pattern),
        ilike(users.displayName, pattern),
        ilike(users.employeeCode, pattern),
      ),
    );
  }
  if (f.unitId) conditions.push(eq(users.unitId, f.unitId));
  if (f.role) conditions.push(arrayContains(users.roles, [f.role]));
  if (f.active !== undefined) conditions.push(eq(users.active, f.active));
  return and(...conditions);
}

const userOrder = [asc(sql`lower(${users.username})`), asc(users.id)];

/** One page of users in scope matching the filters, ordered by username. */
export async function listUsers(
  db: Executor,
  params: { scope: Scope; filters: UserFilters; limit: number; offset: number },
): Promise<{ items: UserRecord[]; total: number }> {
  const where = listCondition(params.scope, params.filters);
  const items = await db
    .select(userColumns)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(...userOrder)
    .limit(params.limit)
    .offset(params.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Every matching user, fetched page by page (for exports). */
export async function* iterateUsers(
  db: Executor,
  params: { scope: Scope; filters: UserFilters; batchSize?: number },
): AsyncGenerator<UserRecord> {
  const batch = params.batchSize ?? 1_000;
  for (let offset = 0; ; offset += batch) {
    const { items } = await listUsers(db, { ...params, limit: batch, offset });
    yield* items;
    if (items.length < batch) return;
  }
}

export async function findUserById(
  db: Executor,
  params: { id: string; scope: Scope },
): Promise<UserRecord | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, params.id), scopeCondition(params.scope)));
  return row;
}

export async function findUserIdByUsername(
  db: Executor,
  params: { username: string },
): Promise<{ id: string; username: string } | undefined> {
  const [row] = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${params.username})`);
  return row;
}

/** The editable state of a user, row-locked until the transaction ends (for before/after audit). */
export async function findUserStateForUpdate(tx: Executor, params: { id: string }) {
  const [row] = await tx
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      mobileEnc: users.mobileEnc,
      mobileMasked: users.mobileMasked,
      employeeCode: users.employeeCode,
      unitId: users.unitId,
      roles: users.roles,
      active: users.active,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      failedLogins: users.failedLogins,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(eq(users.id, params.id))
    .for('update');
  return row;
}

/**
 * The ids of every active sysadmin, row-locked until the transaction ends (in id order, so two
 * transactions taking them never deadlock): serialises changes that could remove the last one.
 */
export async function lockActiveSysadmins(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), sql`'sysadmin' = any(${users.roles})`))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((r) => r.id);
}

export type NewUserRow = typeof users.$inferInsert;

export async function insertUsers(
  tx: Executor,
  rows: NewUserRow[],
): Promise<{ id: string; username: string }[]> {
  if (rows.length === 0) return [];
  return tx.insert(users).values(rows).returning({ id: users.id, username: users.username });
}

export type UserUpdate = Partial<
  Pick<
    NewUserRow,
    | 'displayName'
    | 'mobileEnc'
    | 'mobileMasked'
    | 'employeeCode'
    | 'unitId'
    | 'roles'
    | 'active'
    | 'locale'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'passwordChangedAt'
    | 'failedLogins'
    | 'lockedUntil'
  >
>;

export async function updateUserById(
  tx: Executor,
  params: { id: string; set: UserUpdate; now: Date },
): Promise<void> {
  await tx
    .update(users)
    .set({ ...params.set, updatedAt: params.now })
    .where(eq(users.id, params.id));
}

/** Which of these usernames exist already (compared case-insensitively, answered lower-case). */
export async function findTakenUsernames(
  db: Executor,
  params: { usernames: string[] },
): Promise<Set<string>> {
  if (params.usernames.length === 0) return new Set();
  const lower = params.usernames.map((u) => u.toLowerCase());
  const rows = await db
    .select({ name: sql<string>`lower(${users.username})` })
    .from(users)
    .where(inArray(sql`lower(${users.username})`, lower));
  return new Set(rows.map((r) => r.name));
}

export async function findTakenEmployeeCodes(
  db: Executor,
  params: { codes: string[] },
): Promise<Set<string>> {
  if (params.codes.length === 0) return new Set();
  const rows = await db
    .select({ code: users.employeeCode })
    .from(users)
    .where(inArray(users.employeeCode, params.codes));
  return new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

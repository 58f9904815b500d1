import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { units, users } from './tables';

/** Advisory lock key that serializes moves in the unit tree (so two moves cannot make a cycle). */
const UNIT_TREE_LOCK_KEY = 4_807_231_002;

const unitColumns = {
  id: units.id,
  parentId: units.parentId,
  name: units.name,
  code: units.code,
  sortOrder: units.sortOrder,
};

export interface UnitRecord {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  sortOrder: number;
}

export interface UnitWithCount extends UnitRecord {
  userCount: number;
}

/** The whole tree (or one unit), flat, siblings in display order, with the number of users in each unit. */
export async function listUnitsWithCounts(
  db: Executor,
  params: { id?: string } = {},
): Promise<UnitWithCount[]> {
  const counts = db
    .select({ unitId: users.unitId, n: count().as('n') })
    .from(users)
    .groupBy(users.unitId)
    .as('user_counts');
  return db
    .select({ ...unitColumns, userCount: sql<number>`coalesce(${counts.n}, 0)::int`.mapWith(Number) })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .where(params.id ? eq(units.id, params.id) : undefined)
    .orderBy(asc(units.sortOrder), asc(units.code));
}

/**
 * Every unit with only what a picker shows, in the tree's order: depth first from the roots,
 * siblings by sort order then code (as in the console). One query: each unit's path is the
 * list of its ancestors' ranks, so sorting by the path walks the tree.
 */
export async function listUnitsInTreeOrder(
  db: Executor,
): Promise<{ id: string; name: string; code: string }[]> {
  return queryRows(
    db,
    sql`with recursive ranked as (
          select ${units.id} as id, ${units.parentId} as parent_id, ${units.name} as name, ${units.code} as code,
                 (row_number() over (order by ${units.sortOrder}, ${units.code}))::int as rank
          from ${units}
        ),
        tree as (
          select id, name, code, array[rank] as path from ranked where parent_id is null
          union all
          select r.id, r.name, r.code, t.path || r.rank from ranked r join tree t on r.parent_id = t.id
        )
        select id, name, code from tree order by path`,
  );
}

export async function findUnitById(db: Executor, params: { id: string }): Promise<UnitRecord | undefined> {
  const [row] = await db.select(unitColumns).from(units).where(eq(units.id, params.id));
  return row;
}

/** Locks the row for the rest of the transaction (edits and deletes of one unit run one at a time). */
export async function findUnitForUpdate(
  tx: Executor,
  params: { id: string },
): Promise<UnitRecord | undefined> {
  const [row] = await tx.select(unitColumns).from(units).where(eq(units.id, params.id)).for('update');
  return row;
}

export async function findUnitByCode(
  db: Executor,
  params: { code: string },
): Promise<UnitRecord | undefined> {
  const [row] = await db.select(unitColumns).from(units).where(eq(units.code, params.code));
  return row;
}

/** Unit ids by code, for the codes that exist. */
export async function findUnitIdsByCodes(
  db: Executor,
  params: { codes: string[] },
): Promise<Map<string, string>> {
  if (params.codes.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, params.codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function insertUnit(
  tx: Executor,
  values: { name: string; code: string; parentId: string | null; sortOrder: number; now: Date },
): Promise<UnitRecord> {
  const [row] = await tx
    .insert(units)
    .values({
      name: values.name,
      code: values.code,
      parentId: values.parentId,
      sortOrder: values.sortOrder,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning(unitColumns);
  if (!row) throw new Error('insert into units returned no row');
  return row;
}

export async function updateUnitById(
  tx: Executor,
  params: { id: string; set: Partial<Omit<UnitRecord, 'id'>>; now: Date },
): Promise<UnitRecord | undefined> {
  const [row] = await tx
    .update(units)
    .set({ ...params.set, updatedAt: params.now })
    .where(eq(units.id, params.id))
    .returning(unitColumns);
  return row;
}

export async function deleteUnitById(tx: Executor, params: { id: string }): Promise<void> {
  await tx.delete(units).where(eq(units.id, params.id));
}

/** Serializes tree moves until the transaction ends. */
export async function lockUnitTree(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${UNIT_TREE_LOCK_KEY})`);
}

/** True when `unitId` is `candidateParentId` itself or one of its ancestors (moving there makes a cycle). */
export async function isUnitAncestorOrSelf(
  tx: Executor,
  params: { unitId: string; candidateParentId: string },
): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(
    tx,
    sql`with recursive chain(id, parent_id) as (
          select ${units.id}, ${units.parentId} from ${units} where ${units.id} = ${params.candidateParentId}
          union
          select u.id, u.parent_id from ${units} u join chain c on u.id = c.parent_id
        )
        select 1 as found from chain where id = ${params.unitId} limit 1`,
  );
  return rows.length > 0;
}

export async function unitHasChildren(tx: Executor, params: { id: string }): Promise<boolean> {
  const rows = await tx.select({ id: units.id }).from(units).where(eq(units.parentId, params.id)).limit(1);
  return rows.length > 0;
}

export async function unitHasUsers(tx: Executor, params: { id: string }): Promise<boolean> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.unitId, params.id)).limit(1);
  return rows.length > 0;
}

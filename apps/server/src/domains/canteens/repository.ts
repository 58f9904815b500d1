import { and, asc, between, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../organisation/tables';
import { canteenDayOverrides, canteenMeals, canteens, canteenUnits } from './tables';

export type CanteenRecord = typeof canteens.$inferSelect;
export type MealPeriodRecord = typeof canteenMeals.$inferSelect;
export type DayOverrideRecord = typeof canteenDayOverrides.$inferSelect;

/** A canteen with its meal periods and the units it serves. */
export interface CanteenConfig extends CanteenRecord {
  meals: MealPeriodRecord[];
  unitIds: string[];
  /** read with the configuration for one date (findCanteenConfig's `day`): its override, if any */
  day?: { date: string; override: { open: boolean; reason: string | null } | null };
}

/** Meal periods in serving order, as records (camelCase keys, like a select of canteen_meals). */
const mealsOf = sql<MealPeriodRecord[]>`coalesce((select json_agg(json_build_object(
    'canteenId', m.canteen_id, 'meal', m.meal,
    'servesFromMinute', m.serves_from_minute, 'servesToMinute', m.serves_to_minute,
    'cutoffDayOffset', m.cutoff_day_offset, 'cutoffMinute', m.cutoff_minute,
    'priceStaffFen', m.price_staff_fen, 'priceGuestFen', m.price_guest_fen,
    'priceWalkInFen', m.price_walk_in_fen)
    order by array_position(array['breakfast', 'lunch', 'dinner'], m.meal))
  from ${canteenMeals} m where m.canteen_id = ${canteens.id}), '[]'::json)`;

const unitIdsOf = sql<string[]>`coalesce((select array_agg(u.unit_id::text order by u.unit_id)
  from ${canteenUnits} u where u.canteen_id = ${canteens.id}), '{}'::text[])`;

/**
 * Canteens with their meal periods and served units in one query: the configuration is read on
 * every meal booking, and each round trip to the database costs more than the rows.
 */
const selectConfigs = (db: Executor) =>
  db.select({ ...getTableColumns(canteens), meals: mealsOf, unitIds: unitIdsOf }).from(canteens);

export async function listCanteenConfigs(
  db: Executor,
  only?: { activeOnly?: boolean },
): Promise<CanteenConfig[]> {
  return selectConfigs(db)
    .where(only?.activeOnly ? eq(canteens.active, true) : undefined)
    .orderBy(asc(canteens.name));
}

const dayOverrideOf = sql<{ open: boolean; reason: string | null } | null>`(select json_build_object(
    'open', o.open, 'reason', o.reason)
  from ${canteenDayOverrides} o where o.canteen_id = ${canteens.id} and o.date = ${sql.placeholder('day')})`;

const configOnDayQuery = (db: Executor) =>
  db
    .select({ ...getTableColumns(canteens), meals: mealsOf, unitIds: unitIdsOf, override: dayOverrideOf })
    .from(canteens)
    .where(eq(canteens.id, sql.placeholder('id')))
    .prepare('canteen_config_on_day');

/** Prepared once per database: every meal booking reads it, so it is not rebuilt each time. */
const configOnDayQueries = new WeakMap<Executor, ReturnType<typeof configOnDayQuery>>();

/** A canteen's configuration; with `day`, that date's override too (a booking's one read). */
export async function findCanteenConfig(
  db: Executor,
  id: string,
  day?: string,
): Promise<CanteenConfig | undefined> {
  if (day === undefined) {
    const [row] = await selectConfigs(db).where(eq(canteens.id, id));
    return row;
  }
  let query = configOnDayQueries.get(db);
  if (!query) {
    query = configOnDayQuery(db);
    configOnDayQueries.set(db, query);
  }
  const [row] = await query.execute({ id, day });
  if (!row) return undefined;
  const { override, ...config } = row;
  return { ...config, day: { date: day, override } };
}

export async function findCanteenForUpdate(tx: Executor, id: string): Promise<CanteenRecord | undefined> {
  const [row] = await tx.select().from(canteens).where(eq(canteens.id, id)).for('update');
  return row;
}

export async function insertCanteen(
  tx: Executor,
  values: typeof canteens.$inferInsert,
): Promise<CanteenRecord> {
  const [row] = await tx.insert(canteens).values(values).returning();
  if (!row) throw new Error('insert into canteens returned no row');
  return row;
}

export async function updateCanteenById(tx: Executor, id: string, set: Partial<CanteenRecord>) {
  await tx.update(canteens).set(set).where(eq(canteens.id, id));
}

export async function replaceCanteenMeals(
  tx: Executor,
  canteenId: string,
  meals: Omit<typeof canteenMeals.$inferInsert, 'canteenId'>[],
) {
  await tx.delete(canteenMeals).where(eq(canteenMeals.canteenId, canteenId));
  if (meals.length > 0) await tx.insert(canteenMeals).values(meals.map((m) => ({ ...m, canteenId })));
}

export async function replaceCanteenUnits(tx: Executor, canteenId: string, unitIds: string[]) {
  await tx.delete(canteenUnits).where(eq(canteenUnits.canteenId, canteenId));
  if (unitIds.length > 0)
    await tx.insert(canteenUnits).values(unitIds.map((unitId) => ({ canteenId, unitId })));
}

export async function countExistingUnits(db: Executor, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return (await db.select({ id: units.id }).from(units).where(inArray(units.id, ids))).length;
}

export async function findDayOverrides(
  db: Executor,
  canteenId: string,
  from: string,
  to: string,
): Promise<DayOverrideRecord[]> {
  return db
    .select()
    .from(canteenDayOverrides)
    .where(and(eq(canteenDayOverrides.canteenId, canteenId), between(canteenDayOverrides.date, from, to)));
}

export async function upsertDayOverride(tx: Executor, values: typeof canteenDayOverrides.$inferInsert) {
  await tx
    .insert(canteenDayOverrides)
    .values(values)
    .onConflictDoUpdate({
      target: [canteenDayOverrides.canteenId, canteenDayOverrides.date],
      set: { open: values.open, reason: values.reason, updatedAt: values.updatedAt },
    });
}

export async function deleteDayOverride(tx: Executor, canteenId: string, date: string) {
  const rows = await tx
    .delete(canteenDayOverrides)
    .where(and(eq(canteenDayOverrides.canteenId, canteenId), eq(canteenDayOverrides.date, date)))
    .returning();
  return rows[0];
}

/** An active user with their unit, or undefined. */
export async function findActiveUser(db: Executor, id: string) {
  const [row] = await db
    .select({ id: users.id, unitId: users.unitId, displayName: users.displayName, unitName: units.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, id), eq(users.active, true)));
  return row;
}

export async function findActiveUsers(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
}

export async function findUnitName(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, id));
  return row?.name;
}

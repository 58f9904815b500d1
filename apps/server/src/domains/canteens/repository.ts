import { and, asc, between, eq, inArray } from 'drizzle-orm';
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
}

const mealOrder = { breakfast: 0, lunch: 1, dinner: 2 } as const;

async function withDetails(db: Executor, rows: CanteenRecord[]): Promise<CanteenConfig[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const meals = await db.select().from(canteenMeals).where(inArray(canteenMeals.canteenId, ids));
  const served = await db.select().from(canteenUnits).where(inArray(canteenUnits.canteenId, ids));
  return rows.map((c) => ({
    ...c,
    meals: meals.filter((m) => m.canteenId === c.id).sort((a, b) => mealOrder[a.meal] - mealOrder[b.meal]),
    unitIds: served.filter((s) => s.canteenId === c.id).map((s) => s.unitId),
  }));
}

export async function listCanteenConfigs(db: Executor, only?: { activeOnly?: boolean }) {
  const rows = await db
    .select()
    .from(canteens)
    .where(only?.activeOnly ? eq(canteens.active, true) : undefined)
    .orderBy(asc(canteens.name));
  return withDetails(db, rows);
}

export async function findCanteenConfig(db: Executor, id: string): Promise<CanteenConfig | undefined> {
  const [row] = await db.select().from(canteens).where(eq(canteens.id, id));
  return row ? (await withDetails(db, [row]))[0] : undefined;
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

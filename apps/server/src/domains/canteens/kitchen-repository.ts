import { and, between, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../organisation/tables';
import { guestMealOrders, mealBookings, mealHeadcounts, mealWalkIns } from './tables';

type Meal = typeof mealBookings.$inferSelect.meal;
export type HeadcountRecord = typeof mealHeadcounts.$inferSelect;
export interface UnitCount {
  unitId: string;
  unitName: string;
  booked: number;
  served: number;
}

/** Booked and served per meal and unit for one canteen and date (booked rows only). */
export async function countBookingsByUnit(db: Executor, canteenId: string, date: string) {
  const rows = await db
    .select({
      meal: mealBookings.meal,
      unitId: mealBookings.unitId,
      unitName: units.name,
      booked: sql<number>`count(*)::int`,
      served: sql<number>`count(${mealBookings.servedAt})::int`,
    })
    .from(mealBookings)
    .innerJoin(units, eq(units.id, mealBookings.unitId))
    .where(
      and(
        eq(mealBookings.canteenId, canteenId),
        eq(mealBookings.date, date),
        eq(mealBookings.status, 'booked'),
      ),
    )
    .groupBy(mealBookings.meal, mealBookings.unitId, units.name)
    .orderBy(units.name);
  return rows;
}

export async function countGuests(db: Executor, canteenId: string, date: string) {
  return db
    .select({
      meal: guestMealOrders.meal,
      guests: sql<number>`coalesce(sum(${guestMealOrders.guestCount}), 0)::int`,
    })
    .from(guestMealOrders)
    .where(
      and(
        eq(guestMealOrders.canteenId, canteenId),
        eq(guestMealOrders.date, date),
        eq(guestMealOrders.status, 'approved'),
      ),
    )
    .groupBy(guestMealOrders.meal);
}

export async function countWalkIns(db: Executor, canteenId: string, date: string) {
  return db
    .select({ meal: mealWalkIns.meal, n: sql<number>`count(*)::int` })
    .from(mealWalkIns)
    .where(and(eq(mealWalkIns.canteenId, canteenId), eq(mealWalkIns.date, date)))
    .groupBy(mealWalkIns.meal);
}

export async function findHeadcounts(db: Executor, canteenId: string, from: string, to: string) {
  return db
    .select()
    .from(mealHeadcounts)
    .where(and(eq(mealHeadcounts.canteenId, canteenId), between(mealHeadcounts.date, from, to)));
}

/** Stores the locked count once (the primary key): returns undefined when it was locked already. */
export async function insertHeadcount(
  tx: Executor,
  values: HeadcountRecord,
): Promise<HeadcountRecord | undefined> {
  const [row] = await tx.insert(mealHeadcounts).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findGuestOrdersForSheet(db: Executor, canteenId: string, date: string, meal: Meal) {
  return db
    .select({
      payingUnitName: units.name,
      guestCount: guestMealOrders.guestCount,
      reason: guestMealOrders.reason,
    })
    .from(guestMealOrders)
    .innerJoin(units, eq(units.id, guestMealOrders.payingUnitId))
    .where(
      and(
        eq(guestMealOrders.canteenId, canteenId),
        eq(guestMealOrders.date, date),
        eq(guestMealOrders.meal, meal),
        eq(guestMealOrders.status, 'approved'),
      ),
    )
    .orderBy(units.name);
}

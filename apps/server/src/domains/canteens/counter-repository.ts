import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../organisation/tables';
import { canteens, mealBookings, mealWalkIns } from './tables';

type Meal = typeof mealBookings.$inferSelect.meal;

/**
 * Marks the booked meal served in one conditional update: of any number of parallel scans of the
 * same pass, exactly one finds served_at still null and wins.
 */
export async function markServed(
  tx: Executor,
  key: { canteenId: string; userId: string; date: string; meal: Meal; servedBy: string; now: Date },
) {
  const [row] = await tx
    .update(mealBookings)
    .set({ servedAt: key.now, servedBy: key.servedBy })
    .where(
      and(
        eq(mealBookings.userId, key.userId),
        eq(mealBookings.date, key.date),
        eq(mealBookings.meal, key.meal),
        eq(mealBookings.canteenId, key.canteenId),
        eq(mealBookings.status, 'booked'),
        isNull(mealBookings.servedAt),
      ),
    )
    .returning({ id: mealBookings.id, kind: mealBookings.kind, servedAt: mealBookings.servedAt });
  return row;
}

/** Why a scan found nothing to serve: the person's row for that meal with its canteen's name. */
export async function findBookingForDiagnosis(
  db: Executor,
  key: { userId: string; date: string; meal: Meal },
) {
  const [row] = await db
    .select({
      id: mealBookings.id,
      canteenId: mealBookings.canteenId,
      canteenName: canteens.name,
      status: mealBookings.status,
      kind: mealBookings.kind,
      servedAt: mealBookings.servedAt,
    })
    .from(mealBookings)
    .innerJoin(canteens, eq(canteens.id, mealBookings.canteenId))
    .where(
      and(
        eq(mealBookings.userId, key.userId),
        eq(mealBookings.date, key.date),
        eq(mealBookings.meal, key.meal),
      ),
    );
  return row;
}

export async function findDiner(db: Executor, userId: string) {
  const [row] = await db
    .select({ userId: users.id, displayName: users.displayName, unitId: users.unitId, unitName: units.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  return row;
}

export async function insertWalkIn(tx: Executor, values: typeof mealWalkIns.$inferInsert) {
  const [row] = await tx.insert(mealWalkIns).values(values).returning();
  if (!row) throw new Error('insert into meal_walk_ins returned no row');
  return row;
}

import { and, asc, between, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { type AuditInput, auditOfWritten } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import { users } from '../organisation/tables';
import { canteenUnits, mealBookings, mealLeaves } from './tables';

export type MealBookingRecord = typeof mealBookings.$inferSelect;
export type NewMealBooking = typeof mealBookings.$inferInsert;
type Meal = MealBookingRecord['meal'];

/**
 * Books in one statement: a new row, or a cancelled row of the same person, date and meal turned
 * back to booked. Returns no row when the person already has it booked (the unique key decides,
 * so a double-tap or a race never makes a second row and never fails).
 */
function upsertBookedQuery(db: Executor, values: Omit<NewMealBooking, 'status'>) {
  return db
    .insert(mealBookings)
    .values({ ...values, status: 'booked' })
    .onConflictDoUpdate({
      target: [mealBookings.userId, mealBookings.date, mealBookings.meal],
      set: {
        status: 'booked',
        canteenId: values.canteenId,
        unitId: values.unitId,
        kind: values.kind ?? 'regular',
        bookedBy: values.bookedBy ?? null,
        priceFen: values.priceFen,
        updatedAt: values.updatedAt,
      },
      setWhere: sql`${mealBookings.status} = 'cancelled'`,
    })
    .returning();
}

/** Books (see upsertBookedQuery); undefined when it was booked already. */
export async function upsertBooked(
  db: Executor,
  values: Omit<NewMealBooking, 'status'>,
): Promise<MealBookingRecord | undefined> {
  const [row] = await upsertBookedQuery(db, values);
  return row;
}

/**
 * Books with the audit entry in the same statement: one round trip and one commit, inside a
 * transaction or on its own. The entry is written only when the booking was.
 */
export async function upsertBookedAudited(
  db: Executor,
  values: Omit<NewMealBooking, 'status'>,
  audit: { caller: Caller; entry: Omit<AuditInput, 'entityId'>; now: Date },
): Promise<MealBookingRecord | undefined> {
  const booked = db.$with('booked').as(upsertBookedQuery(db, values));
  const audited = auditOfWritten(db, booked, audit.caller, audit.entry, audit.now);
  const [row] = await db.with(booked, audited).select().from(booked);
  return row;
}

/**
 * Marks the meal as not eaten in one statement: a booked (unserved) row of this canteen turns
 * cancelled; with `insertIfMissing` (opt-out: the default is "booked"), a missing row is written
 * as cancelled so the materialisation skips the person. Returns the row when something changed.
 */
export async function upsertCancelled(
  tx: Executor,
  values: NewMealBooking,
  insertIfMissing: boolean,
): Promise<MealBookingRecord | undefined> {
  if (!insertIfMissing) {
    const [row] = await tx
      .update(mealBookings)
      .set({ status: 'cancelled', updatedAt: values.updatedAt })
      .where(
        and(
          eq(mealBookings.userId, values.userId),
          eq(mealBookings.date, values.date),
          eq(mealBookings.meal, values.meal),
          eq(mealBookings.canteenId, values.canteenId),
          eq(mealBookings.status, 'booked'),
          isNull(mealBookings.servedAt),
        ),
      )
      .returning();
    return row;
  }
  const [row] = await tx
    .insert(mealBookings)
    .values({ ...values, status: 'cancelled' })
    .onConflictDoUpdate({
      target: [mealBookings.userId, mealBookings.date, mealBookings.meal],
      set: { status: 'cancelled', updatedAt: values.updatedAt },
      setWhere: sql`${mealBookings.status} = 'booked' and ${mealBookings.servedAt} is null and ${mealBookings.canteenId} = ${values.canteenId}`,
    })
    .returning();
  return row;
}

export async function findBooking(
  db: Executor,
  key: { userId: string; date: string; meal: Meal },
): Promise<MealBookingRecord | undefined> {
  const [row] = await db
    .select()
    .from(mealBookings)
    .where(
      and(
        eq(mealBookings.userId, key.userId),
        eq(mealBookings.date, key.date),
        eq(mealBookings.meal, key.meal),
      ),
    );
  return row;
}

export async function findBookingsOf(
  db: Executor,
  userId: string,
  from: string,
  to: string,
): Promise<MealBookingRecord[]> {
  return db
    .select()
    .from(mealBookings)
    .where(and(eq(mealBookings.userId, userId), between(mealBookings.date, from, to)))
    .orderBy(asc(mealBookings.date), asc(mealBookings.meal));
}

export async function findUsersWithUnits(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, unitId: users.unitId }).from(users).where(inArray(users.id, ids));
}

/**
 * Opt-out: books every active user the canteen serves for one date and meal, except those who
 * already have a row (booked anywhere, or cancelled = 不吃 / leave). One INSERT … SELECT … ON
 * CONFLICT DO NOTHING, so it can run any number of times, concurrently with bookings, and leaves
 * every person with at most one row. Returns how many rows it added.
 */
export async function materializeOptOut(
  tx: Executor,
  input: { canteenId: string; servesAll: boolean; date: string; meal: Meal; priceFen: number; now: Date },
): Promise<number> {
  const at = input.now.toISOString();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
      insert into meal_bookings
        (canteen_id, user_id, unit_id, date, meal, status, kind, price_fen, created_at, updated_at)
      select ${input.canteenId}::uuid, u.id, u.unit_id, ${input.date}::date, ${input.meal}, 'booked',
             'regular', ${input.priceFen}, ${at}::timestamptz, ${at}::timestamptz
        from users u
       where u.active
         and (${input.servesAll}::boolean
              or u.unit_id in (select unit_id from ${canteenUnits} where canteen_id = ${input.canteenId}::uuid))
      on conflict (user_id, date, meal) do nothing
      returning id`,
  );
  return rows.length;
}

export async function insertMealLeave(tx: Executor, values: typeof mealLeaves.$inferInsert): Promise<void> {
  await tx.insert(mealLeaves).values(values);
}

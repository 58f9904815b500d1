import type {
  BookForStaffInput,
  BookMealInput,
  BookWeekInput,
  BookWeekResult,
  ListMealBookingsQuery,
  Meal,
  MealBooking,
  MealBookingList,
} from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import type { Actor, Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { addDays } from '../../platform/zoned-time';
import {
  findBooking,
  findBookingsOf,
  type MealBookingRecord,
  upsertBookedAudited,
  upsertCancelled,
} from './bookings-repository';
import { assertSignedIn, assertUnitAdmin, maySeeMealsOf } from './policy';
import { assertRange } from './ranges';
import {
  type CanteenConfig,
  findActiveUser,
  findActiveUsers,
  findCanteenConfig,
  type MealPeriodRecord,
} from './repository';
import { assertChangeable, canteenDays, cutoffOf, servesUnit, weekStartOf } from './schedule';

export function toMealBooking(row: MealBookingRecord): MealBooking {
  return {
    id: row.id,
    canteenId: row.canteenId,
    userId: row.userId,
    date: row.date,
    meal: row.meal,
    status: row.status,
    kind: row.kind,
    priceFen: row.priceFen,
    servedAt: row.servedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const bookingAudit = (
  b: Pick<MealBookingRecord, 'canteenId' | 'userId' | 'date' | 'meal' | 'status' | 'kind' | 'priceFen'>,
) => ({
  canteenId: b.canteenId,
  userId: b.userId,
  date: b.date,
  meal: b.meal,
  status: b.status,
  kind: b.kind,
  priceFen: b.priceFen,
});

/** An active canteen, or 404; with `day`, that date's override is read along (see assertChangeable). */
export async function getActiveCanteen(ctx: AppContext, id: string, path = 'body.canteenId', day?: string) {
  const canteen = await findCanteenConfig(ctx.db, id, day);
  if (!canteen?.active) {
    throw new AppError('NOT_FOUND', { entity: 'canteen' }, [{ path, message: 'NOT_FOUND' }]);
  }
  return canteen;
}

export function assertEligible(canteen: CanteenConfig, unitId: string): void {
  if (!servesUnit(canteen, unitId)) throw new AppError('CANTEEN_NOT_ELIGIBLE');
}

interface BookOne {
  canteen: CanteenConfig;
  /** the meal period, already checked bookable now (assertChangeable, before the transaction) */
  period: MealPeriodRecord;
  person: { id: string; unitId: string };
  date: string;
  meal: Meal;
  kind: MealBooking['kind'];
}

/**
 * Books one meal, in the caller's transaction or on its own (one statement). Returns the booking and whether this call made it:
 * the same booking again (a double-tap, a retry, a race) returns the existing one unchanged.
 */
async function bookOneIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: BookOne,
): Promise<{ booking: MealBookingRecord; created: boolean }> {
  const now = ctx.clock.now();
  const values = {
    canteenId: input.canteen.id,
    userId: input.person.id,
    unitId: input.person.unitId,
    date: input.date,
    meal: input.meal,
    kind: input.kind,
    bookedBy: caller.actor?.id ?? null,
    priceFen: input.period.priceStaffFen,
    createdAt: now,
    updatedAt: now,
  };
  const booked = await upsertBookedAudited(tx, values, {
    caller,
    entry: {
      action: 'meal_booking.booked',
      entityType: 'meal_booking',
      after: bookingAudit({ ...values, status: 'booked' }),
    },
    now,
  });
  if (booked) return { booking: booked, created: true };
  const existing = await findBooking(tx, { userId: input.person.id, date: input.date, meal: input.meal });
  if (!existing) throw new Error('booking vanished between upsert and read');
  if (existing.canteenId !== input.canteen.id) throw new AppError('MEAL_BOOKED_ELSEWHERE');
  return { booking: existing, created: false };
}

/** POST /api/meal-bookings: the caller books one meal for themselves. */
export async function bookMeal(
  ctx: AppContext,
  caller: Caller,
  input: BookMealInput,
): Promise<{ booking: MealBooking; created: boolean }> {
  const actor = assertSignedIn(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId, 'body.canteenId', input.date);
  assertEligible(canteen, actor.unitId);
  const period = await assertChangeable(ctx, canteen, input.date, input.meal, ctx.clock.now());
  // one statement (the booking and its audit entry): no explicit transaction needed
  const { booking, created } = await bookOneIn(ctx, ctx.db, caller, {
    canteen,
    period,
    person: { id: actor.id, unitId: actor.unitId },
    date: input.date,
    meal: input.meal,
    kind: 'regular',
  });
  return { booking: toMealBooking(booking), created };
}

async function cancelOneIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  canteen: CanteenConfig,
  period: MealPeriodRecord,
  person: { id: string; unitId: string },
  date: string,
): Promise<MealBookingRecord | undefined> {
  const now = ctx.clock.now();
  const meal = period.meal;
  const cancelled = await upsertCancelled(
    tx,
    {
      canteenId: canteen.id,
      userId: person.id,
      unitId: person.unitId,
      date,
      meal,
      status: 'cancelled',
      bookedBy: caller.actor?.id ?? null,
      priceFen: period.priceStaffFen,
      createdAt: now,
      updatedAt: now,
    },
    canteen.bookingMode === 'opt_out',
  );
  if (cancelled) {
    await recordAudit(
      tx,
      caller,
      {
        action: 'meal_booking.cancelled',
        entityType: 'meal_booking',
        entityId: cancelled.id,
        before: { ...bookingAudit(cancelled), status: 'booked' },
        after: bookingAudit(cancelled),
      },
      now,
    );
  }
  return cancelled;
}

/**
 * POST /api/meal-bookings/cancel: the caller does not eat this meal. Idempotent (cancelling again
 * answers the cancelled booking). In an opt-out canteen this is the 不吃 registration.
 */
export async function cancelMeal(
  ctx: AppContext,
  caller: Caller,
  input: BookMealInput,
): Promise<MealBooking> {
  const actor = assertSignedIn(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  assertEligible(canteen, actor.unitId);
  const period = await assertChangeable(ctx, canteen, input.date, input.meal, ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const changed = await cancelOneIn(ctx, tx, caller, canteen, period, actor, input.date);
    return changed ?? (await findBooking(tx, { userId: actor.id, date: input.date, meal: input.meal }));
  });
  if (!row || row.canteenId !== canteen.id) throw notFound('meal_booking');
  // a meal already eaten stays booked: it was cooked and is charged
  if (row.status === 'booked' && row.servedAt) throw new AppError('MEAL_ALREADY_SERVED');
  return toMealBooking(row);
}

/**
 * Books or cancels the given meals on every day of a week in one transaction. Days that are closed,
 * past their cutoff or not served are skipped and listed (the week action is a convenience, not
 * all-or-nothing); a meal booked at another canteen is skipped too.
 */
export async function changeWeek(
  ctx: AppContext,
  caller: Caller,
  input: BookWeekInput,
  action: 'book' | 'cancel',
): Promise<BookWeekResult> {
  const actor = assertSignedIn(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  assertEligible(canteen, actor.unitId);
  const start = weekStartOf(input.weekOf);
  const days = await canteenDays(ctx, canteen.id, start, addDays(start, 6));
  const now = ctx.clock.now();
  const skipped: BookWeekResult['skipped'] = [];
  const todo: { date: string; period: MealPeriodRecord }[] = [];
  for (const day of days) {
    for (const meal of input.meals) {
      const period = canteen.meals.find((m) => m.meal === meal);
      if (!period) skipped.push({ date: day.date, meal, reason: 'not_served' });
      else if (!day.open) skipped.push({ date: day.date, meal, reason: 'closed' });
      else if (now >= cutoffOf(ctx, period, day.date))
        skipped.push({ date: day.date, meal, reason: 'cutoff_passed' });
      else todo.push({ date: day.date, period });
    }
  }
  let changed = 0;
  await ctx.db.transaction(async (tx) => {
    for (const { date, period } of todo) {
      if (action === 'cancel') {
        if (await cancelOneIn(ctx, tx, caller, canteen, period, actor, date)) changed += 1;
        continue;
      }
      const booked = await upsertBookedOrSkip(ctx, tx, caller, canteen, period, actor, date);
      if (booked === 'elsewhere') skipped.push({ date, meal: period.meal, reason: 'booked_elsewhere' });
      else if (booked) changed += 1;
    }
  });
  return { changed, skipped };
}

async function upsertBookedOrSkip(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  canteen: CanteenConfig,
  period: MealPeriodRecord,
  actor: Actor,
  date: string,
): Promise<boolean | 'elsewhere'> {
  try {
    const { created } = await bookOneIn(ctx, tx, caller, {
      canteen,
      period,
      person: { id: actor.id, unitId: actor.unitId },
      date,
      meal: period.meal,
      kind: 'regular',
    });
    return created;
  } catch (err) {
    if (err instanceof AppError && err.code === 'MEAL_BOOKED_ELSEWHERE') return 'elsewhere';
    throw err;
  }
}

/** GET /api/meal-bookings: one person's bookings (the caller's own unless their role lets them see others'). */
export async function listMealBookings(
  ctx: AppContext,
  caller: Caller,
  query: ListMealBookingsQuery,
): Promise<MealBookingList> {
  const actor = assertSignedIn(caller);
  assertRange(query.from, query.to);
  const userId = query.userId ?? actor.id;
  if (userId !== actor.id) {
    const person = await findActiveUser(ctx.db, userId);
    // someone the caller may not see reads as absent, like an unknown id
    if (!person || !maySeeMealsOf(actor, { id: person.id, unitId: person.unitId })) throw notFound('user');
  }
  const rows = await findBookingsOf(ctx.db, userId, query.from, query.to);
  return { items: rows.map(toMealBooking) };
}

/**
 * 值班餐/加班餐: a unit_admin books one meal for named active staff of their own unit. All or
 * nothing: anyone outside the unit (or unknown, or deactivated) refuses the whole request.
 */
export async function bookForStaff(
  ctx: AppContext,
  caller: Caller,
  input: BookForStaffInput,
): Promise<MealBookingList> {
  const actor = assertUnitAdmin(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  const ids = [...new Set(input.userIds)];
  const people = await findActiveUsers(ctx.db, ids);
  const outside = ids.filter((id) => !people.some((p) => p.id === id && p.unitId === actor.unitId));
  if (outside.length > 0) {
    throw new AppError(
      'STAFF_NOT_IN_UNIT',
      { userIds: outside },
      outside.map((id) => ({ path: `body.userIds.${ids.indexOf(id)}`, message: 'STAFF_NOT_IN_UNIT' })),
    );
  }
  assertEligible(canteen, actor.unitId);
  const period = await assertChangeable(ctx, canteen, input.date, input.meal, ctx.clock.now());
  const rows = await ctx.db.transaction(async (tx) => {
    const out: MealBookingRecord[] = [];
    for (const person of people) {
      const { booking } = await bookOneIn(ctx, tx, caller, {
        canteen,
        period,
        person,
        date: input.date,
        meal: input.meal,
        kind: input.kind,
      });
      out.push(booking);
    }
    return out;
  });
  return { items: rows.map(toMealBooking) };
}

import type { MealPass, RecordWalkInInput, VerifyPassInput, VerifyResult, WalkIn } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { issueShortCode, redeemShortCode, signToken, verifyToken } from '../../platform/tokens';
import { getActiveCanteen } from './bookings-service';
import { findBookingForDiagnosis, findDiner, insertWalkIn, markServed } from './counter-repository';
import { assertCanRunCounter, assertSignedIn } from './policy';
import { mealPeriodOf } from './schedule';

export const MEAL_PASS_PURPOSE = 'meal.pass';
/** The phone refetches every minute; a pass lives 90 s so a slow refetch never leaves a gap. */
export const MEAL_PASS_REFRESH_SECONDS = 60;
export const MEAL_PASS_LIFETIME_MS = 90_000;

/**
 * GET /api/meal-pass: the caller's dining pass, a signed token naming them (for the QR) and a
 * short single-use code (typed when the camera cannot read the screen). Not audited: the phone
 * asks every minute and nothing of the person's meals changes.
 */
export async function issueMealPass(ctx: AppContext, caller: Caller): Promise<MealPass> {
  const actor = assertSignedIn(caller);
  const expiresAt = new Date(ctx.clock.now().getTime() + MEAL_PASS_LIFETIME_MS);
  const token = signToken(ctx, { purpose: MEAL_PASS_PURPOSE, subject: actor.id, expiresAt });
  const { code } = await ctx.db.transaction((tx) =>
    issueShortCode(ctx, tx, { purpose: MEAL_PASS_PURPOSE, subject: actor.id, expiresAt }),
  );
  return { token, expiresAt: expiresAt.toISOString(), code, refreshAfterSeconds: MEAL_PASS_REFRESH_SECONDS };
}

const red = (
  reason: NonNullable<VerifyResult['reason']>,
  extra: Partial<VerifyResult> = {},
): VerifyResult => ({
  result: 'red',
  reason,
  ...extra,
});

/** Serves the diner's booked meal today at this canteen, or says why not (in the caller's transaction). */
async function serveIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: { canteenId: string; meal: VerifyPassInput['meal']; userId: string; staffId: string },
): Promise<VerifyResult> {
  const now = ctx.clock.now();
  const date = todayIn(ctx);
  const found = await findDiner(tx, input.userId);
  if (!found) return red('invalid');
  const diner = { userId: found.userId, displayName: found.displayName, unitName: found.unitName };
  const served = await markServed(tx, {
    canteenId: input.canteenId,
    userId: input.userId,
    date,
    meal: input.meal,
    servedBy: input.staffId,
    now,
  });
  if (served) {
    await recordAudit(
      tx,
      caller,
      {
        action: 'meal_booking.served',
        entityType: 'meal_booking',
        entityId: served.id,
        before: { servedAt: null },
        after: { servedAt: now, canteenId: input.canteenId, date, meal: input.meal },
      },
      now,
    );
    return { result: 'green', diner, bookingId: served.id, kind: served.kind, servedAt: now.toISOString() };
  }
  const row = await findBookingForDiagnosis(tx, { userId: input.userId, date, meal: input.meal });
  if (row?.status !== 'booked') return red('not_booked', { diner });
  if (row.canteenId !== input.canteenId)
    return red('other_canteen', { diner, bookedCanteenName: row.canteenName });
  return red('already_served', {
    diner,
    bookingId: row.id,
    kind: row.kind,
    ...(row.servedAt ? { servedAt: row.servedAt.toISOString() } : {}),
  });
}

/**
 * POST /api/canteen-counter/verify: a scanned pass token or a typed code → green (the booked meal
 * is marked served, once) or red with the reason. Reds are answers (200), not errors.
 */
export async function verifyPass(
  ctx: AppContext,
  caller: Caller,
  input: VerifyPassInput,
): Promise<VerifyResult> {
  const staff = assertCanRunCounter(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  mealPeriodOf(canteen, input.meal);
  const serve = (tx: Executor, userId: string) =>
    serveIn(ctx, tx, caller, { canteenId: canteen.id, meal: input.meal, userId, staffId: staff.id });
  if (input.token !== undefined) {
    const checked = verifyToken(ctx, input.token, { purpose: MEAL_PASS_PURPOSE });
    if (!checked.ok) return red(checked.reason === 'expired' ? 'expired' : 'invalid');
    const userId = checked.payload.subject;
    return ctx.db.transaction((tx) => serve(tx, userId));
  }
  const redeemed = await redeemShortCode(
    ctx,
    { code: input.code ?? '', purpose: MEAL_PASS_PURPOSE, attemptKey: staff.id },
    (tx, { subject }) => serve(tx, subject),
  );
  if (redeemed.ok) return redeemed.value;
  if (redeemed.reason === 'rate_limited') throw new AppError('RATE_LIMITED');
  return red(redeemed.reason === 'expired' || redeemed.reason === 'used' ? 'expired' : 'invalid');
}

/** POST /api/canteen-counter/walk-ins: one diner without a booking, at the walk-in price (not counted as booked). */
export async function recordWalkIn(
  ctx: AppContext,
  caller: Caller,
  input: RecordWalkInInput,
): Promise<WalkIn> {
  const staff = assertCanRunCounter(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  const period = mealPeriodOf(canteen, input.meal);
  let unitId: string | null = null;
  if (input.userId) {
    const diner = await findDiner(ctx.db, input.userId);
    if (!diner)
      throw new AppError('NOT_FOUND', { entity: 'user' }, [{ path: 'body.userId', message: 'NOT_FOUND' }]);
    unitId = diner.unitId;
  }
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const w = await insertWalkIn(tx, {
      canteenId: canteen.id,
      date: todayIn(ctx),
      meal: input.meal,
      userId: input.userId ?? null,
      unitId,
      priceFen: period.priceWalkInFen,
      recordedBy: staff.id,
      createdAt: now,
    });
    await recordAudit(
      tx,
      caller,
      {
        action: 'meal_walk_in.recorded',
        entityType: 'meal_walk_in',
        entityId: w.id,
        after: { canteenId: w.canteenId, date: w.date, meal: w.meal, userId: w.userId, priceFen: w.priceFen },
      },
      now,
    );
    return w;
  });
  return {
    id: row.id,
    canteenId: row.canteenId,
    date: row.date,
    meal: row.meal,
    userId: row.userId,
    priceFen: row.priceFen,
    createdAt: row.createdAt.toISOString(),
  };
}

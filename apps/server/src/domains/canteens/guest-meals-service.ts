import {
  type GuestMeal,
  type ListGuestMealsQuery,
  mealLabels,
  type OrderGuestMealInput,
} from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { defineNotificationType, notify } from '../../platform/notifications';
import { getActiveCanteen } from './bookings-service';
import {
  findGuestMealForUpdate,
  findGuestMeals,
  type GuestMealRecord,
  type GuestMealRow,
  insertGuestMeal,
  updateGuestMealById,
} from './guest-meals-repository';
import { assertCanApproveGuestMeals, assertUnitAdmin, statsScope } from './policy';
import { assertRange } from './ranges';
import { findCanteenConfig, findUnitName } from './repository';
import { assertChangeable } from './schedule';

export const GUEST_MEAL_PENDING_NOTIFICATION = defineNotificationType('canteen.guest_meal_pending');

export function toGuestMeal(row: GuestMealRow): GuestMeal {
  return {
    id: row.id,
    canteenId: row.canteenId,
    date: row.date,
    meal: row.meal,
    guestCount: row.guestCount,
    reason: row.reason,
    payingUnitId: row.payingUnitId,
    payingUnitName: row.payingUnitName,
    requestedById: row.requestedBy,
    status: row.status,
    priceFen: row.priceFen,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const guestAudit = (g: GuestMealRecord) => ({
  canteenId: g.canteenId,
  date: g.date,
  meal: g.meal,
  guestCount: g.guestCount,
  reason: g.reason,
  payingUnitId: g.payingUnitId,
  status: g.status,
  priceFen: g.priceFen,
});

async function getGuestMeal(ctx: AppContext, id: string): Promise<GuestMeal> {
  const [row] = await findGuestMeals(ctx.db, { from: '', to: '', id });
  if (!row) throw notFound('guest_meal');
  return toGuestMeal(row);
}

/**
 * 公务接待/会议用餐: a unit_admin orders meals for guests, charged to a paying unit at the guest
 * price. Up to the canteen's threshold it is approved at once; above it waits for a
 * logistics_admin (who is notified). The booking cutoff applies as for staff.
 */
export async function orderGuestMeal(
  ctx: AppContext,
  caller: Caller,
  input: OrderGuestMealInput,
): Promise<GuestMeal> {
  const actor = assertUnitAdmin(caller);
  const canteen = await getActiveCanteen(ctx, input.canteenId);
  const payingUnitId = input.payingUnitId ?? actor.unitId;
  const payingUnitName = await findUnitName(ctx.db, payingUnitId);
  if (!payingUnitName) {
    throw new AppError('NOT_FOUND', { entity: 'unit' }, [
      { path: 'body.payingUnitId', message: 'NOT_FOUND' },
    ]);
  }
  const now = ctx.clock.now();
  const period = await assertChangeable(ctx, canteen, input.date, input.meal, now);
  const needsApproval = input.guestCount > canteen.guestApprovalThreshold;
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertGuestMeal(tx, {
      canteenId: canteen.id,
      date: input.date,
      meal: input.meal,
      guestCount: input.guestCount,
      reason: input.reason,
      payingUnitId,
      requestedBy: actor.id,
      status: needsApproval ? 'pending' : 'approved',
      priceFen: period.priceGuestFen,
      decidedAt: needsApproval ? null : now,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      caller,
      { action: 'guest_meal.ordered', entityType: 'guest_meal', entityId: row.id, after: guestAudit(row) },
      now,
    );
    if (needsApproval) {
      await notify(ctx, tx, {
        to: { role: 'logistics_admin' },
        type: GUEST_MEAL_PENDING_NOTIFICATION,
        title: '客餐申请待审批',
        body: `${payingUnitName} ${input.date} ${mealLabels[input.meal]} ${input.guestCount} 位客人（${input.reason}），${canteen.name}`,
        link: '/admin/canteens/guest-meals',
        data: { guestMealId: row.id },
      });
    }
    return row.id;
  });
  return getGuestMeal(ctx, id);
}

/** POST /api/guest-meals/:id/approve | reject: a logistics_admin decides a pending order (approve: before the cutoff). */
export async function decideGuestMeal(
  ctx: AppContext,
  caller: Caller,
  id: string,
  decision: 'approved' | 'rejected',
): Promise<GuestMeal> {
  const actor = assertCanApproveGuestMeals(caller);
  const now = ctx.clock.now();
  const [current] = await findGuestMeals(ctx.db, { from: '', to: '', id });
  if (!current) throw notFound('guest_meal');
  if (decision === 'approved') {
    const canteen = await findCanteenConfig(ctx.db, current.canteenId);
    if (!canteen) throw notFound('canteen');
    await assertChangeable(ctx, canteen, current.date, current.meal, now);
  }
  await ctx.db.transaction(async (tx) => {
    const before = await findGuestMealForUpdate(tx, id);
    if (!before) throw notFound('guest_meal');
    if (before.status !== 'pending') throw new AppError('GUEST_MEAL_NOT_PENDING');
    await updateGuestMealById(tx, id, {
      status: decision,
      decidedBy: actor.id,
      decidedAt: now,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      caller,
      {
        action: `guest_meal.${decision}`,
        entityType: 'guest_meal',
        entityId: id,
        before: guestAudit(before),
        after: guestAudit({ ...before, status: decision }),
      },
      now,
    );
  });
  return getGuestMeal(ctx, id);
}

/** GET /api/guest-meals: managers see all; a unit_admin the orders their unit pays for. */
export async function listGuestMeals(
  ctx: AppContext,
  caller: Caller,
  query: ListGuestMealsQuery,
): Promise<{ items: GuestMeal[] }> {
  const scope = statsScope(caller);
  assertRange(query.from, query.to);
  const rows = await findGuestMeals(ctx.db, {
    from: query.from,
    to: query.to,
    ...(query.status ? { status: query.status } : {}),
    ...(scope.kind === 'unit' ? { unitId: scope.unitId } : {}),
  });
  return { items: rows.map(toGuestMeal) };
}

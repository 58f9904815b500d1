import type {
  Canteen,
  CanteenDay,
  CanteenList,
  CreateCanteenInput,
  DateRangeQuery,
  MealPeriod,
  SetCanteenDayInput,
  UpdateCanteenInput,
} from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Actor, Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound, sqlState, violatedConstraint } from '../../platform/errors';
import { getActiveCanteen } from './bookings-service';
import { assertCanManageCanteens, assertSignedIn, isCanteenManager } from './policy';
import { assertRange } from './ranges';
import {
  type CanteenConfig,
  countExistingUnits,
  deleteDayOverride,
  findCanteenConfig,
  findCanteenForUpdate,
  insertCanteen,
  listCanteenConfigs,
  replaceCanteenMeals,
  replaceCanteenUnits,
  updateCanteenById,
  upsertDayOverride,
} from './repository';
import { canteenDays, servesUnit } from './schedule';

const toPeriod = (m: CanteenConfig['meals'][number]): MealPeriod => ({
  meal: m.meal,
  servesFromMinute: m.servesFromMinute,
  servesToMinute: m.servesToMinute,
  cutoffDayOffset: m.cutoffDayOffset,
  cutoffMinute: m.cutoffMinute,
  priceStaffFen: m.priceStaffFen,
  priceGuestFen: m.priceGuestFen,
  priceWalkInFen: m.priceWalkInFen,
});

export function toCanteen(c: CanteenConfig, actor: Actor): Canteen {
  return {
    id: c.id,
    name: c.name,
    location: c.location,
    bookingMode: c.bookingMode,
    servesAll: c.servesAll,
    unitIds: c.unitIds,
    guestApprovalThreshold: c.guestApprovalThreshold,
    active: c.active,
    meals: c.meals.map(toPeriod),
    eligible: c.active && servesUnit(c, actor.unitId),
  };
}

const canteenAudit = (c: CanteenConfig) => ({
  name: c.name,
  location: c.location,
  bookingMode: c.bookingMode,
  servesAll: c.servesAll,
  unitIds: [...c.unitIds].sort(),
  guestApprovalThreshold: c.guestApprovalThreshold,
  active: c.active,
  meals: c.meals.map(toPeriod),
});

/** GET /api/canteens: active canteens for everyone (with `eligible`); managers see inactive ones too. */
export async function listCanteens(ctx: AppContext, caller: Caller): Promise<CanteenList> {
  const actor = assertSignedIn(caller);
  const rows = await listCanteenConfigs(ctx.db, { activeOnly: !isCanteenManager(actor) });
  return { items: rows.map((c) => toCanteen(c, actor)) };
}

/** GET /api/canteens/:id/days: each date open or not, with the reason when there is one. */
export async function listCanteenDays(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  query: DateRangeQuery,
): Promise<CanteenDay[]> {
  assertSignedIn(caller);
  assertRange(query.from, query.to);
  await getActiveCanteen(ctx, canteenId, 'params.id');
  return canteenDays(ctx, canteenId, query.from, query.to);
}

function writeError(err: unknown): unknown {
  const state = sqlState(err);
  if (state === '23505' && violatedConstraint(err) === 'canteens_name_key') {
    return new AppError('CANTEEN_NAME_TAKEN', undefined, [
      { path: 'body.name', message: 'CANTEEN_NAME_TAKEN' },
    ]);
  }
  if (state === '23503' && violatedConstraint(err)?.startsWith('canteen_units_unit_id')) {
    return new AppError('NOT_FOUND', { entity: 'unit' }, [{ path: 'body.unitIds', message: 'NOT_FOUND' }]);
  }
  return err;
}

async function assertUnitsExist(ctx: AppContext, unitIds: string[]) {
  const ids = [...new Set(unitIds)];
  if ((await countExistingUnits(ctx.db, ids)) !== ids.length) {
    throw new AppError('NOT_FOUND', { entity: 'unit' }, [{ path: 'body.unitIds', message: 'NOT_FOUND' }]);
  }
}

async function getCanteen(ctx: AppContext, id: string, actor: Actor): Promise<Canteen> {
  const c = await findCanteenConfig(ctx.db, id);
  if (!c) throw notFound('canteen');
  return toCanteen(c, actor);
}

/** POST /api/admin/canteens. */
export async function createCanteen(
  ctx: AppContext,
  caller: Caller,
  input: CreateCanteenInput,
): Promise<Canteen> {
  const actor = assertCanManageCanteens(caller);
  await assertUnitsExist(ctx, input.unitIds);
  const now = ctx.clock.now();
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const c = await insertCanteen(tx, {
        name: input.name,
        location: input.location,
        bookingMode: input.bookingMode,
        servesAll: input.servesAll,
        guestApprovalThreshold: input.guestApprovalThreshold,
        createdAt: now,
        updatedAt: now,
      });
      await replaceCanteenMeals(tx, c.id, input.meals);
      await replaceCanteenUnits(tx, c.id, [...new Set(input.unitIds)]);
      const after = await findCanteenConfig(tx, c.id);
      if (!after) throw new Error('canteen vanished');
      await recordAudit(
        tx,
        caller,
        { action: 'canteen.created', entityType: 'canteen', entityId: c.id, after: canteenAudit(after) },
        now,
      );
      return c.id;
    });
    return getCanteen(ctx, id, actor);
  } catch (err) {
    throw writeError(err);
  }
}

/** PATCH /api/admin/canteens/:id: prices and cutoffs apply to bookings made from now on. */
export async function updateCanteen(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateCanteenInput,
): Promise<Canteen> {
  const actor = assertCanManageCanteens(caller);
  if (input.unitIds) await assertUnitsExist(ctx, input.unitIds);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      if (!(await findCanteenForUpdate(tx, id))) throw notFound('canteen');
      const before = await findCanteenConfig(tx, id);
      if (!before) throw notFound('canteen');
      const { meals, unitIds, ...fields } = input;
      const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length > 0) await updateCanteenById(tx, id, { ...set, updatedAt: now });
      if (meals) await replaceCanteenMeals(tx, id, meals);
      if (unitIds) await replaceCanteenUnits(tx, id, [...new Set(unitIds)]);
      const after = await findCanteenConfig(tx, id);
      if (!after) throw notFound('canteen');
      if (JSON.stringify(canteenAudit(before)) === JSON.stringify(canteenAudit(after))) return;
      await recordAudit(
        tx,
        caller,
        {
          action: 'canteen.updated',
          entityType: 'canteen',
          entityId: id,
          before: canteenAudit(before),
          after: canteenAudit(after),
        },
        now,
      );
    });
  } catch (err) {
    throw writeError(err);
  }
  return getCanteen(ctx, id, actor);
}

/** PUT /api/admin/canteens/:id/days/:date: open (a duty day) or closed whatever the calendar says. */
export async function setCanteenDay(
  ctx: AppContext,
  caller: Caller,
  key: { id: string; date: string },
  input: SetCanteenDayInput,
): Promise<CanteenDay> {
  assertCanManageCanteens(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await findCanteenForUpdate(tx, key.id))) throw notFound('canteen');
    await upsertDayOverride(tx, {
      canteenId: key.id,
      date: key.date,
      open: input.open,
      reason: input.reason,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen.day_set',
        entityType: 'canteen',
        entityId: key.id,
        after: { date: key.date, ...input },
      },
      now,
    );
  });
  const [day] = await canteenDays(ctx, key.id, key.date, key.date);
  if (!day) throw new Error('no day');
  return day;
}

/** DELETE /api/admin/canteens/:id/days/:date: back to the workday calendar. */
export async function clearCanteenDay(
  ctx: AppContext,
  caller: Caller,
  key: { id: string; date: string },
): Promise<CanteenDay> {
  assertCanManageCanteens(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await findCanteenForUpdate(tx, key.id))) throw notFound('canteen');
    const removed = await deleteDayOverride(tx, key.id, key.date);
    if (!removed) return;
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen.day_cleared',
        entityType: 'canteen',
        entityId: key.id,
        before: { date: key.date, open: removed.open, reason: removed.reason },
      },
      now,
    );
  });
  const [day] = await canteenDays(ctx, key.id, key.date, key.date);
  if (!day) throw new Error('no day');
  return day;
}

import { randomUUID } from 'node:crypto';
import type { MealLeave, RegisterLeaveInput } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import {
  findBookingsOf,
  insertMealLeave,
  type MealBookingRecord,
  upsertCancelled,
} from './bookings-repository';
import { assertSignedIn } from './policy';
import { assertRange } from './ranges';
import { type CanteenConfig, listCanteenConfigs, type MealPeriodRecord } from './repository';
import { canteenDays, cutoffOf, servesUnit } from './schedule';

interface Slot {
  canteen: CanteenConfig;
  period: MealPeriodRecord;
  date: string;
}

/**
 * 请假/出差: every meal of the caller from `from` to `to` whose cutoff has not passed is cancelled:
 * their booked meals at any canteen, and, for the opt-out canteen that would book them by default,
 * a 不吃 row per open day and meal (so the materialisation skips them). Meals past their cutoff stay
 * (the kitchen's count is locked). One transaction, one audit entry for the leave.
 */
export async function registerLeave(
  ctx: AppContext,
  caller: Caller,
  input: RegisterLeaveInput,
): Promise<MealLeave> {
  const actor = assertSignedIn(caller);
  assertRange(input.from, input.to, 'body.to');
  const now = ctx.clock.now();
  const canteens = (await listCanteenConfigs(ctx.db, { activeOnly: true })).filter((c) =>
    servesUnit(c, actor.unitId),
  );
  const byId = new Map(canteens.map((c) => [c.id, c]));
  const slots: Slot[] = [];
  const seen = new Set<string>();
  const add = (slot: Slot) => {
    const key = `${slot.date}|${slot.period.meal}`;
    if (seen.has(key) || now >= cutoffOf(ctx, slot.period, slot.date)) return;
    seen.add(key);
    slots.push(slot);
  };
  const existing: MealBookingRecord[] = await findBookingsOf(ctx.db, actor.id, input.from, input.to);
  for (const b of existing) {
    const canteen = byId.get(b.canteenId);
    const period = canteen?.meals.find((m) => m.meal === b.meal);
    if (canteen && period) add({ canteen, period, date: b.date });
  }
  const home = canteens.find((c) => c.bookingMode === 'opt_out');
  if (home) {
    for (const day of await canteenDays(ctx, home.id, input.from, input.to)) {
      if (!day.open) continue;
      for (const period of home.meals) add({ canteen: home, period, date: day.date });
    }
  }
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    let cancelled = 0;
    for (const { canteen, period, date } of slots) {
      const row = await upsertCancelled(
        tx,
        {
          canteenId: canteen.id,
          userId: actor.id,
          unitId: actor.unitId,
          date,
          meal: period.meal,
          status: 'cancelled',
          bookedBy: actor.id,
          priceFen: period.priceStaffFen,
          createdAt: now,
          updatedAt: now,
        },
        canteen.bookingMode === 'opt_out',
      );
      if (row) cancelled += 1;
    }
    await insertMealLeave(tx, {
      id,
      userId: actor.id,
      fromDate: input.from,
      toDate: input.to,
      kind: input.kind,
      cancelled,
      createdAt: now,
    });
    await recordAudit(
      tx,
      caller,
      {
        action: 'meal_leave.registered',
        entityType: 'meal_leave',
        entityId: id,
        after: { from: input.from, to: input.to, kind: input.kind, cancelled },
      },
      now,
    );
    return { id, from: input.from, to: input.to, kind: input.kind, cancelled };
  });
}

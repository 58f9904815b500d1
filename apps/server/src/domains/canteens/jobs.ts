import { mealLabels } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import { systemCaller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { defineNotificationType, notify } from '../../platform/notifications';
import { defineRecurringJob } from '../../platform/scheduler';
import { addDays } from '../../platform/zoned-time';
import { materializeOptOut } from './bookings-repository';
import { countBookingsByUnit, countGuests, findHeadcounts, insertHeadcount } from './kitchen-repository';
import { type CanteenConfig, listCanteenConfigs, type MealPeriodRecord } from './repository';
import { canteenDays, cutoffOf } from './schedule';

export const HEADCOUNT_LOCKED_NOTIFICATION = defineNotificationType('canteen.headcount_locked');
export const LOCK_HEADCOUNTS_JOB = 'canteens.lock-headcounts';
export const MATERIALIZE_OPT_OUT_JOB = 'canteens.materialize-opt-out';
/** Opt-out rows are written this many days ahead, so week views and the kitchen see them early. */
const MATERIALIZE_DAYS = 14;

/**
 * Locks one meal's headcount (once: the snapshot's primary key). Opt-out canteens first book
 * everyone eligible who has no row yet (people who joined since the nightly run), so the count is
 * exact: after the cutoff no booking or cancellation is accepted, and the snapshot is what the
 * kitchen cooks for. The canteen staff are notified in the same transaction.
 */
export async function lockHeadcount(
  ctx: AppContext,
  canteen: CanteenConfig,
  period: MealPeriodRecord,
  date: string,
): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    let materialized = 0;
    if (canteen.bookingMode === 'opt_out') {
      materialized = await materializeOptOut(tx, {
        canteenId: canteen.id,
        servesAll: canteen.servesAll,
        date,
        meal: period.meal,
        priceFen: period.priceStaffFen,
        now,
      });
    }
    const units = (await countBookingsByUnit(tx, canteen.id, date)).filter((u) => u.meal === period.meal);
    const guests = (await countGuests(tx, canteen.id, date)).find((g) => g.meal === period.meal)?.guests ?? 0;
    const staffCount = units.reduce((n, u) => n + u.booked, 0);
    const locked = await insertHeadcount(tx, {
      canteenId: canteen.id,
      date,
      meal: period.meal,
      staffCount,
      guestCount: guests,
      byUnit: units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, count: u.booked })),
      lockedAt: now,
    });
    if (!locked) return false;
    await recordAudit(
      tx,
      systemCaller,
      {
        action: 'meal_headcount.locked',
        entityType: 'canteen',
        entityId: canteen.id,
        after: { date, meal: period.meal, staffCount, guestCount: guests, optOutBooked: materialized },
      },
      now,
    );
    await notify(ctx, tx, {
      to: { role: 'canteen_staff' },
      type: HEADCOUNT_LOCKED_NOTIFICATION,
      title: `${canteen.name} ${date} ${mealLabels[period.meal]}报餐已截止`,
      body: `共 ${staffCount + guests} 人：职工 ${staffCount}，客人 ${guests}。`,
      link: `/admin/canteens/${canteen.id}/headcount?date=${date}&meal=${period.meal}`,
      data: { canteenId: canteen.id, date, meal: period.meal },
    });
    return true;
  });
}

/**
 * Every minute: locks each open day's meal whose cutoff has passed and is not locked yet. Meal dates
 * from yesterday to a week ahead are looked at (cutoffs lie at most 7 days before the meal); a
 * day missed by longer downtime stays unlocked rather than being locked with a late count.
 */
export async function lockDueHeadcounts(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  const from = addDays(today, -1);
  const to = addDays(today, 7);
  let locked = 0;
  for (const canteen of await listCanteenConfigs(ctx.db, { activeOnly: true })) {
    const done = new Set(
      (await findHeadcounts(ctx.db, canteen.id, from, to)).map((h) => `${h.date}|${h.meal}`),
    );
    for (const day of await canteenDays(ctx, canteen.id, from, to)) {
      if (!day.open) continue;
      for (const period of canteen.meals) {
        const cutoff = cutoffOf(ctx, period, day.date);
        // a meal whose cutoff passed before the canteen existed was never bookable: nothing to lock
        if (done.has(`${day.date}|${period.meal}`) || now < cutoff || cutoff <= canteen.createdAt) continue;
        if (await lockHeadcount(ctx, canteen, period, day.date)) locked += 1;
      }
    }
  }
  return locked;
}

/** Nightly: opt-out canteens book everyone eligible for the coming open days whose cutoff is ahead. */
export async function materializeOptOutDays(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  let added = 0;
  for (const canteen of await listCanteenConfigs(ctx.db, { activeOnly: true })) {
    if (canteen.bookingMode !== 'opt_out') continue;
    for (const day of await canteenDays(ctx, canteen.id, today, addDays(today, MATERIALIZE_DAYS - 1))) {
      if (!day.open) continue;
      for (const period of canteen.meals) {
        if (now >= cutoffOf(ctx, period, day.date)) continue;
        added += await ctx.db.transaction(async (tx) => {
          const n = await materializeOptOut(tx, {
            canteenId: canteen.id,
            servesAll: canteen.servesAll,
            date: day.date,
            meal: period.meal,
            priceFen: period.priceStaffFen,
            now,
          });
          if (n > 0) {
            await recordAudit(
              tx,
              systemCaller,
              {
                action: 'meal_booking.opt_out_booked',
                entityType: 'canteen',
                entityId: canteen.id,
                after: { date: day.date, meal: period.meal, booked: n },
              },
              now,
            );
          }
          return n;
        });
      }
    }
  }
  return added;
}

defineRecurringJob(LOCK_HEADCOUNTS_JOB, '* * * * *', async ({ ctx }) => {
  await lockDueHeadcounts(ctx);
});
defineRecurringJob(MATERIALIZE_OPT_OUT_JOB, '5 0 * * *', async ({ ctx }) => {
  await materializeOptOutDays(ctx);
});

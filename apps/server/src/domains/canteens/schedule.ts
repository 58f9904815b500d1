import type { CanteenDay, Meal } from '@houqin/contracts';
import { listDays } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { addDays, parseDate, weekdayOf, zonedInstant } from '../../platform/zoned-time';
import { type CanteenConfig, findDayOverrides, type MealPeriodRecord } from './repository';

/**
 * When a canteen is open and until when a meal can be booked. Open days are the official workdays
 * of the workday calendar (调休 Saturdays in, statutory holidays out) unless the canteen overrides
 * the date. All dates and times are in the deployment zone (config.timeZone), never the process TZ.
 */
export async function canteenDays(
  ctx: AppContext,
  canteenId: string,
  from: string,
  to: string,
): Promise<CanteenDay[]> {
  const overrides = new Map(
    (await findDayOverrides(ctx.db, canteenId, from, to)).map((o) => [o.date, o] as const),
  );
  return (await listDays(ctx, from, to)).map((day) => {
    const override = overrides.get(day.date);
    if (override) return { date: day.date, open: override.open, reason: override.reason, override: true };
    return day.name === undefined
      ? { date: day.date, open: day.workday, override: false }
      : { date: day.date, open: day.workday, reason: day.name, override: false };
  });
}

export async function isCanteenOpen(ctx: AppContext, canteenId: string, date: string): Promise<boolean> {
  const [day] = await canteenDays(ctx, canteenId, date, date);
  return day?.open ?? false;
}

/** The instant a meal's booking closes: cutoff_day_offset days from its date at cutoff_minute, zoned. */
export function cutoffOf(ctx: AppContext, period: MealPeriodRecord, date: string): Date {
  return zonedInstant(addDays(date, period.cutoffDayOffset), period.cutoffMinute, ctx.config.timeZone);
}

export const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Monday of the week (Monday–Sunday) that holds `date`. */
export function weekStartOf(date: string): string {
  parseDate(date);
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function mealPeriodOf(canteen: CanteenConfig, meal: Meal): MealPeriodRecord {
  const period = canteen.meals.find((m) => m.meal === meal);
  if (!period) throw new AppError('MEAL_NOT_SERVED', { meal });
  return period;
}

export function servesUnit(canteen: CanteenConfig, unitId: string): boolean {
  return canteen.servesAll || canteen.unitIds.includes(unitId);
}

/**
 * Can `date`'s `meal` at this canteen still be booked or cancelled now? Throws MEAL_NOT_SERVED,
 * CANTEEN_CLOSED or BOOKING_CUTOFF_PASSED (at the cutoff minute and after); returns the period.
 */
export async function assertChangeable(
  ctx: AppContext,
  canteen: CanteenConfig,
  date: string,
  meal: Meal,
  now: Date,
): Promise<MealPeriodRecord> {
  const period = mealPeriodOf(canteen, meal);
  // the date's override may have come with the configuration (one read less on a booking)
  const known = canteen.day?.date === date ? canteen.day.override : undefined;
  const open =
    known === undefined
      ? await isCanteenOpen(ctx, canteen.id, date)
      : (known?.open ?? (await listDays(ctx, date, date))[0]?.workday ?? false);
  if (!open) throw new AppError('CANTEEN_CLOSED', { date });
  const cutoff = cutoffOf(ctx, period, date);
  if (now.getTime() >= cutoff.getTime()) {
    throw new AppError('BOOKING_CUTOFF_PASSED', { cutoffAt: cutoff.toISOString() });
  }
  return period;
}

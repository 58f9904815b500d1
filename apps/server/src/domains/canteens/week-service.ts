import type { WeekView } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { addDays } from '../../platform/zoned-time';
import { findBookingsOf } from './bookings-repository';
import { getActiveCanteen } from './bookings-service';
import { findMenus } from './menus-repository';
import { toMenu } from './menus-service';
import { assertSignedIn } from './policy';
import { canteenDays, cutoffOf, hhmm, servesUnit, weekStartOf } from './schedule';

/**
 * GET /api/canteens/:id/week: the caller's week at one canteen (Monday–Sunday): each day open or
 * not, each meal with its published menu, booked or not, and its cutoff instant. In an opt-out
 * canteen a meal without a row counts as booked (the materialisation will book it) when the
 * caller's unit is served.
 */
export async function weekView(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  weekOf: string,
): Promise<WeekView> {
  const actor = assertSignedIn(caller);
  const canteen = await getActiveCanteen(ctx, canteenId, 'params.id');
  const start = weekStartOf(weekOf);
  const end = addDays(start, 6);
  const now = ctx.clock.now();
  const [days, bookings, menus] = [
    await canteenDays(ctx, canteenId, start, end),
    await findBookingsOf(ctx.db, actor.id, start, end),
    await findMenus(ctx.db, { canteenId, from: start, to: end, publishedOnly: true, viewerId: actor.id }),
  ];
  const optOutDefault = canteen.bookingMode === 'opt_out' && servesUnit(canteen, actor.unitId);
  return {
    canteenId,
    bookingMode: canteen.bookingMode,
    weekStart: start,
    now: now.toISOString(),
    days: days.map((day) => ({
      ...day,
      meals: canteen.meals.map((period) => {
        const cutoff = cutoffOf(ctx, period, day.date);
        const row = bookings.find((b) => b.date === day.date && b.meal === period.meal);
        const here = row?.canteenId === canteenId ? row : undefined;
        const booked = day.open && (here ? here.status === 'booked' : !row && optOutDefault);
        const menu = menus.find((m) => m.date === day.date && m.meal === period.meal);
        return {
          meal: period.meal,
          servesFrom: hhmm(period.servesFromMinute),
          servesTo: hhmm(period.servesToMinute),
          priceFen: period.priceStaffFen,
          cutoffAt: cutoff.toISOString(),
          changeable: day.open && now < cutoff && !here?.servedAt,
          booked,
          kind: booked ? (here?.kind ?? 'regular') : null,
          served: Boolean(here?.servedAt),
          menu: menu ? toMenu(menu) : null,
        };
      }),
    })),
  };
}

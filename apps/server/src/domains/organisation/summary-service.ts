import type { ConsoleSummary } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { toExcelDate } from '../../platform/excel';
import { summaryScope } from './policy';
import { countConsoleSummary } from './summary-repository';

/** Offset of the zone from UTC at an instant, in ms (toExcelDate gives the zone's wall time as UTC). */
const zoneOffset = (instant: Date, timeZone: string) =>
  toExcelDate(instant, timeZone).getTime() - instant.getTime();

/** The instant the zone's wall clock shows midnight of that calendar day (DST-safe: two passes). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month, day);
  const first = wall - zoneOffset(new Date(wall), timeZone);
  return new Date(wall - zoneOffset(new Date(first), timeZone));
}

/** [start, end) of the calendar day containing `now` in the deployment zone, whatever the server's TZ. */
export function zonedDayBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const wall = toExcelDate(now, timeZone);
  const [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
  return { start: zonedMidnight(y, m, d, timeZone), end: zonedMidnight(y, m, d + 1, timeZone) };
}

/** Real figures for the console home: the console roles, a unit_admin only for their unit. */
export async function getConsoleSummary(ctx: AppContext, caller: Caller): Promise<ConsoleSummary> {
  const scope = summaryScope(caller);
  const now = ctx.clock.now();
  const { start, end } = zonedDayBounds(now, ctx.config.timeZone);
  return countConsoleSummary(ctx.db, {
    scope,
    window: {
      now,
      idleCutoff: new Date(now.getTime() - ctx.config.session.idleMinutes * 60_000),
      dayStart: start,
      dayEnd: end,
    },
  });
}

import type { AppContext } from '../context';
import { addDays, dateIn, zonedInstant } from '../zoned-time';
import { resolveDay } from './days';

/** More non-working days than this in a row means the calendar or office hours are broken. */
const MAX_DAYS_WITHOUT_OFFICE_TIME = 400;

/**
 * The instant when `hours` of office time (OFFICE_HOURS on workdays, in the deployment zone) have
 * passed after `start`: for SLA deadlines. Lunch breaks, evenings, weekends and holidays do not
 * count; adjusted workdays (调休上班) do. A deadline that uses up a window exactly ends at its close
 * (12:00, not 13:30). 0 hours gives the first office moment at or after `start`.
 */
export async function addWorkingHours(ctx: AppContext, start: Date, hours: number): Promise<Date> {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be ≥ 0, got ${hours}`);
  const { timeZone, officeHours } = ctx.config;
  if (officeHours.length === 0) throw new Error('no office hours configured');
  let remaining = Math.round(hours * 3_600_000);
  let cursor = start.getTime();
  let idleDays = 0;
  for (let date = dateIn(start, timeZone); ; date = addDays(date, 1)) {
    const day = await resolveDay(ctx, date);
    let used = false;
    if (day.workday) {
      for (const window of officeHours) {
        const closes = zonedInstant(date, window.end, timeZone).getTime();
        if (closes <= cursor) continue;
        const from = Math.max(zonedInstant(date, window.start, timeZone).getTime(), cursor);
        if (remaining <= closes - from) return new Date(from + remaining);
        remaining -= closes - from;
        cursor = closes;
        used = true;
      }
    }
    idleDays = used ? 0 : idleDays + 1;
    if (idleDays > MAX_DAYS_WITHOUT_OFFICE_TIME) {
      throw new Error(`no office time within ${MAX_DAYS_WITHOUT_OFFICE_TIME} days after ${date}`);
    }
  }
}

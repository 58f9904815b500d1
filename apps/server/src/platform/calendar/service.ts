import { type CalendarDay, MAX_WORKDAYS_RANGE_DAYS, type WorkdaysQuery } from '@houqin/contracts';
import { type Caller, requireActor } from '../auth/actor';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { fieldMessage, type Locale } from '../i18n';
import { addDays, dateIn, datesBetween, daysBetween, parseDate } from '../zoned-time';
import { type ResolvedDay, resolveDay } from './days';
import { calendarMessage } from './messages';

// The workday calendar as other modules use it. Dates are 'YYYY-MM-DD' in the deployment zone.
export { addWorkingHours } from './working-hours';

/** Searching further than this for a workday means the calendar is broken. */
const MAX_SEARCH_DAYS = 400;

/** Today's date in the deployment zone (HOUQIN_TZ), by the app clock. */
export function todayIn(ctx: AppContext): string {
  return dateIn(ctx.clock.now(), ctx.config.timeZone);
}

export async function isWorkday(ctx: AppContext, date: string): Promise<boolean> {
  return (await resolveDay(ctx, date)).workday;
}

/** The first workday after `date` (not `date` itself). */
export async function nextWorkday(ctx: AppContext, date: string): Promise<string> {
  for (let i = 1; i <= MAX_SEARCH_DAYS; i++) {
    const candidate = addDays(date, i);
    if (await isWorkday(ctx, candidate)) return candidate;
  }
  throw new Error(`no workday within ${MAX_SEARCH_DAYS} days after ${date}`);
}

const publicDay = (day: ResolvedDay): CalendarDay =>
  day.name === null
    ? { date: day.date, workday: day.workday }
    : { date: day.date, workday: day.workday, name: day.name };

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export async function listDays(ctx: AppContext, from: string, to: string): Promise<CalendarDay[]> {
  parseDate(from);
  parseDate(to);
  const days: CalendarDay[] = [];
  for (const date of datesBetween(from, to)) days.push(publicDay(await resolveDay(ctx, date)));
  return days;
}

/** GET /api/calendar/workdays: every signed-in user, at most MAX_WORKDAYS_RANGE_DAYS days. */
export async function listWorkdays(
  ctx: AppContext,
  caller: Caller,
  query: WorkdaysQuery,
  locale: Locale,
): Promise<CalendarDay[]> {
  requireActor(caller);
  const span = daysBetween(query.from, query.to) + 1;
  const problem =
    span < 1
      ? calendarMessage(locale, 'rangeReversed')
      : span > MAX_WORKDAYS_RANGE_DAYS
        ? calendarMessage(locale, 'rangeTooLong', String(MAX_WORKDAYS_RANGE_DAYS))
        : undefined;
  if (problem) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'query.to', message: fieldMessage('query.to', problem, locale) },
    ]);
  }
  return listDays(ctx, query.from, query.to);
}

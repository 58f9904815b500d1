/**
 * Calendar dates ('YYYY-MM-DD') and wall-clock times in an IANA zone, computed explicitly so the
 * answers do not depend on the process TZ. Dates are civil dates: arithmetic runs on UTC
 * midnights, which have no zone and no DST.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** UTC midnight of a civil date (setUTCFullYear: Date.UTC maps years 0–99 to 1900–1999). */
function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function toDateString(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** The civil date's parts; throws on anything but a real 'YYYY-MM-DD' date (a programming error). */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (toDateString(utcMidnight(year, month, day)) === date) return { year, month, day };
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function midnightOf(date: string): number {
  const { year, month, day } = parseDate(date);
  return utcMidnight(year, month, day);
}

export const yearOf = (date: string): number => parseDate(date).year;

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(midnightOf(date)).getUTCDay();

export const isWeekend = (date: string): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

export const addDays = (date: string, days: number): string => toDateString(midnightOf(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((midnightOf(to) - midnightOf(from)) / DAY_MS);

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at an instant, as if it were UTC (for offsets and date parts). */
export function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = formatIn(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const midnight = utcMidnight(get('year'), get('month'), get('day'));
  return midnight + ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000;
}

/** The date in `timeZone` at an instant, e.g. 2026-09-30T16:30Z → '2026-10-01' in Asia/Shanghai. */
export function dateIn(instant: Date, timeZone: string): string {
  return toDateString(wallClockAsUtc(instant.getTime(), timeZone));
}

/**
 * The instant when the wall clock in `timeZone` shows `minuteOfDay` on `date`. Like Temporal's
 * 'compatible' disambiguation: a time that happens twice (DST ends) is the earlier instant; a time
 * skipped by DST is moved forward by the gap (02:30 → 03:30).
 */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): Date {
  const wall = midnightOf(date) + minuteOfDay * 60_000;
  const offsetAt = (instant: number) => wallClockAsUtc(instant, timeZone) - Math.floor(instant / 1000) * 1000;
  const before = wall - offsetAt(wall - DAY_MS);
  const after = wall - offsetAt(wall + DAY_MS);
  const exact = [before, after].filter((t) => wallClockAsUtc(t, timeZone) === Math.floor(wall / 1000) * 1000);
  return new Date(exact.length > 0 ? Math.min(...exact) : before);
}

import type { AdminCalendarDay } from '@houqin/contracts';

/** 1 = Monday … 7 = Sunday, for a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved). */
export function weekdayOf(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month as weeks of seven cells, Monday first; cells outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const cells: (string | null)[] = Array.from({ length: weekdayOf(isoDate(year, month, 1)) - 1 }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * How a day is shown: an ordinary workday, an ordinary weekend, a holiday or other day off
 * (休: a named rest day, or a weekday off), or an adjusted workday on a weekend (调休上班, 班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted';

export function dayKind(day: Pick<AdminCalendarDay, 'date' | 'workday' | 'name'>): DayKind {
  const weekend = weekdayOf(day.date) >= 6;
  if (day.workday) return weekend ? 'adjusted' : 'workday';
  return weekend && !day.name ? 'weekend' : 'holiday';
}

/** Set by hand (an administrator's entry or a local exception) rather than official or the default rule. */
export function isEdited(day: Pick<AdminCalendarDay, 'source'>): boolean {
  return day.source === 'admin' || day.source === 'local';
}

export function yearSummary(days: readonly AdminCalendarDay[]) {
  let workdays = 0;
  let holidays = 0;
  let adjusted = 0;
  for (const day of days) {
    const kind = dayKind(day);
    if (day.workday) workdays++;
    if (kind === 'holiday') holidays++;
    if (kind === 'adjusted') adjusted++;
  }
  return { workdays, holidays, adjusted };
}

/** This year in Beijing, whatever the machine's zone. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The year in the address bar, or this year. */
export function parseYear(params: URLSearchParams): { year: number } {
  const year = Number(params.get('year'));
  return { year: Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : currentYear() };
}

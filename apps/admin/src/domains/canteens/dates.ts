import { daysInMonth, isoDate, weekdayOf } from '../calendar/grid';
import { addDays, beijingToday } from '../meeting-rooms/time';

export { addDays, beijingToday };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A real `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const isIsoMonth = (value: string | null | undefined): value is string =>
  !!value && ISO_MONTH.test(value);

/** Monday of the week (Monday–Sunday) that holds `date`. */
export const mondayOf = (date: string): string => addDays(date, 1 - weekdayOf(date));

/** The seven dates of the week that starts on `monday`. */
export const weekDates = (monday: string): string[] =>
  Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** `2026-11` → first and last day. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return { from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) };
}

/** `2026-12` + 1 → `2027-01`. */
export function shiftMonth(month: string, delta: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` inclusive (1 for the same day). */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

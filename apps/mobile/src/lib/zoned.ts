/**
 * Dates ('YYYY-MM-DD') and wall-clock times ('HH:MM') in Shanghai, whatever the phone's zone. China has
 * kept UTC+8 without daylight saving since 1991, so a wall-clock time there is the instant `…+08:00`.
 * Civil-date arithmetic runs on UTC midnights, which have no zone.
 */

export const SHANGHAI_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function civil(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const midnight = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** The date in Shanghai at an instant. */
export function shanghaiDate(instant: Date | string): string {
  return civil(new Date(instant).getTime() + OFFSET_MS);
}

/** The wall-clock time ('HH:MM') in Shanghai at an instant. */
export function shanghaiTime(instant: Date | string): string {
  const d = new Date(new Date(instant).getTime() + OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** ISO 8601 with the Shanghai offset for a date and a wall-clock time there; '24:00' is the next midnight. */
export function shanghaiIso(date: string, time: string): string {
  if (time === '24:00') return `${addDays(date, 1)}T00:00:00${SHANGHAI_OFFSET}`;
  return `${date}T${time}:00${SHANGHAI_OFFSET}`;
}

/** Minutes from the start of `date` in Shanghai to the instant (negative before it, > 1440 after it). */
export function minutesIntoDay(instant: string, date: string): number {
  return Math.round((Date.parse(instant) - (midnight(date) - OFFSET_MS)) / 60_000);
}

export function addDays(date: string, days: number): string {
  return civil(midnight(date) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: string): number {
  const day = new Date(midnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday-to-Sunday week holding the date. */
export function weekOf(date: string): string[] {
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function daysInMonth(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'HH:MM' (or '24:00') → minutes after midnight. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A time rounded up to the next multiple of `step` minutes, e.g. the next half hour from now. */
export function roundUpMinutes(minutes: number, step: number): number {
  return Math.ceil(minutes / step) * step;
}

export const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && civil(midnight(value)) === value;

export const isTime = (value: unknown): value is string =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

import type { CalendarDaySource } from '@houqin/contracts';
import type { AppContext } from '../context';
import { isWeekend, yearOf } from '../zoned-time';
import { findDaysBetween, type StoredDay } from './repository';

/** A day's answer and where it came from ('default' = the Monday–Friday rule). */
export interface ResolvedDay {
  date: string;
  workday: boolean;
  name: string | null;
  source: CalendarDaySource | 'default';
}

interface CachedYear {
  loadedAt: number;
  days: Promise<ReadonlyMap<string, StoredDay>>;
}

/**
 * Stored days per year, per database (test apps share a process, each with its own database).
 * Entries live CALENDAR_CACHE_SECONDS (0 = read every call); an edit in this process forgets its
 * years at once, other processes see it when their entry expires.
 */
const caches = new WeakMap<object, Map<number, CachedYear>>();

function cacheOf(ctx: AppContext): Map<number, CachedYear> {
  let cache = caches.get(ctx.db);
  if (!cache) {
    cache = new Map();
    caches.set(ctx.db, cache);
  }
  return cache;
}

async function loadYear(ctx: AppContext, year: number): Promise<ReadonlyMap<string, StoredDay>> {
  const y = String(year).padStart(4, '0');
  const rows = await findDaysBetween(ctx.db, { from: `${y}-01-01`, to: `${y}-12-31` });
  return new Map(rows.map((r) => [r.date, r]));
}

function storedDaysOf(ctx: AppContext, year: number): Promise<ReadonlyMap<string, StoredDay>> {
  const ttlMs = ctx.config.calendarCacheSeconds * 1000;
  if (ttlMs <= 0) return loadYear(ctx, year);
  const cache = cacheOf(ctx);
  const hit = cache.get(year);
  if (hit && performance.now() - hit.loadedAt < ttlMs) return hit.days;
  const entry: CachedYear = { loadedAt: performance.now(), days: loadYear(ctx, year) };
  cache.set(year, entry);
  entry.days.catch(() => {
    if (cache.get(year) === entry) cache.delete(year);
  });
  return entry.days;
}

/** Call after an edit commits, so this process answers from the database again. */
export function forgetCalendarYears(ctx: AppContext, years: Iterable<number>): void {
  const cache = cacheOf(ctx);
  for (const year of years) cache.delete(year);
}

export function defaultDay(date: string): ResolvedDay {
  return { date, workday: !isWeekend(date), name: null, source: 'default' };
}

/** The stored day when there is one (it always wins), else the Monday–Friday rule. */
export async function resolveDay(ctx: AppContext, date: string): Promise<ResolvedDay> {
  const stored = (await storedDaysOf(ctx, yearOf(date))).get(date);
  return stored ? { ...stored } : defaultDay(date);
}

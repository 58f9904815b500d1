import { and, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rateLimitCounters } from './tables';

export interface WindowCount {
  /** requests counted in this window, this one included */
  count: number;
  /** when the window ends */
  expiresAt: Date;
}

/** The fixed window `now` falls in: windows are aligned to multiples of their length since the epoch. */
export function windowAt(now: Date, windowMs: number): { start: Date; end: Date } {
  const length = Math.max(1, Math.trunc(windowMs));
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), end: new Date(start + length) };
}

/**
 * Counts one request: a single `insert … on conflict do update set count = count + 1 returning`,
 * so concurrent requests in any number of processes each get their own count (no read-then-write).
 */
export async function countHit(
  db: Executor,
  key: { routeKey: string; clientKey: string },
  window: { start: Date; end: Date },
): Promise<WindowCount> {
  const [row] = await db
    .insert(rateLimitCounters)
    .values({
      routeKey: key.routeKey,
      clientKey: key.clientKey,
      windowStart: window.start,
      count: 1,
      expiresAt: window.end,
    })
    .onConflictDoUpdate({
      target: [rateLimitCounters.routeKey, rateLimitCounters.clientKey, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count, expiresAt: rateLimitCounters.expiresAt });
  if (!row) throw new Error('rate limit: counter upsert returned no row');
  return row;
}

/** The count so far in a window, without counting (0 when nothing was counted). */
export async function findWindowCount(
  db: Executor,
  key: { routeKey: string; clientKey: string },
  window: { start: Date },
): Promise<number> {
  const [row] = await db
    .select({ count: rateLimitCounters.count })
    .from(rateLimitCounters)
    .where(
      and(
        eq(rateLimitCounters.routeKey, key.routeKey),
        eq(rateLimitCounters.clientKey, key.clientKey),
        eq(rateLimitCounters.windowStart, window.start),
      ),
    );
  return row?.count ?? 0;
}

/** Removes the counters of windows that ended at or before `now`. */
export async function deleteEndedWindows(db: Executor, now: Date): Promise<void> {
  await db.delete(rateLimitCounters).where(lte(rateLimitCounters.expiresAt, now));
}

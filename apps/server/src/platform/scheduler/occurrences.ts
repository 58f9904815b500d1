import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AppContext } from '../context';
import { nextOccurrence } from './cron';
import { DEFAULT_MAX_ATTEMPTS, type RecurringDefinition, recurringDefinitions } from './registry';
import { recurringJobs, scheduledJobs } from './tables';

/**
 * Materialises the occurrence of `def` that follows `after` as a pending row. Two processes doing
 * this for the same time insert one row (the (name, occurrence_at) key; the other is a no-op).
 */
export async function insertOccurrence(
  tx: Executor,
  timeZone: string,
  def: RecurringDefinition,
  after: Date,
): Promise<void> {
  const at = nextOccurrence(def.cron, timeZone, after);
  await tx
    .insert(scheduledJobs)
    .values({ name: def.name, runAt: at, occurrenceAt: at, maxAttempts: DEFAULT_MAX_ATTEMPTS })
    .onConflictDoNothing();
}

const untriedOccurrenceOf = (name: string) =>
  and(
    eq(scheduledJobs.name, name),
    isNotNull(scheduledJobs.occurrenceAt),
    eq(scheduledJobs.status, 'pending'),
    eq(scheduledJobs.attempts, 0),
  );

/** Contexts whose database already holds this process's recurring schedules. */
const synced = new WeakSet<AppContext>();

/**
 * Stores the recurring jobs this process declares and makes sure each has its next occurrence as a
 * row. A schedule whose cron or zone changed since it was stored has its untried pending occurrences
 * replaced. Runs once per context (runDueJobs calls it); later occurrences are chained at claim.
 */
export async function syncRecurringJobs(ctx: AppContext, options: { force?: boolean } = {}): Promise<void> {
  if (synced.has(ctx) && !options.force) return;
  const now = ctx.clock.now();
  const timeZone = ctx.config.timeZone;
  for (const def of recurringDefinitions()) {
    await ctx.db.transaction(async (tx) => {
      const changed = await tx
        .insert(recurringJobs)
        .values({ name: def.name, cron: def.cron, timeZone, updatedAt: now })
        .onConflictDoUpdate({
          target: recurringJobs.name,
          set: { cron: def.cron, timeZone, updatedAt: now },
          setWhere: sql`${recurringJobs.cron} <> ${def.cron} or ${recurringJobs.timeZone} <> ${timeZone}`,
        })
        .returning({ name: recurringJobs.name });
      if (changed.length > 0) {
        await tx.delete(scheduledJobs).where(untriedOccurrenceOf(def.name));
      }
      // an untried pending occurrence is the head of the chain (a retrying one is not: retries do not chain)
      const head = await tx
        .select({ id: scheduledJobs.id })
        .from(scheduledJobs)
        .where(untriedOccurrenceOf(def.name))
        .limit(1);
      if (head.length === 0) await insertOccurrence(tx, timeZone, def, now);
    });
  }
  synced.add(ctx);
}

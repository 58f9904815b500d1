import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AppContext } from '../context';
import { insertOccurrence } from './occurrences';
import { findRecurringDefinition } from './registry';
import { scheduledJobRuns, scheduledJobs } from './tables';
import { LEASE_MS } from './timing';

/** A job this process now holds: run it, then complete it with the same runId. */
export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
  runId: number;
}

type JobRow = typeof scheduledJobs.$inferSelect;

const LEASE_EXPIRED = 'lease expired: the process running this attempt stopped or lost the database';

/**
 * Claims one due job in a short transaction: the row is locked with FOR UPDATE SKIP LOCKED (so
 * concurrent claimers, in this or another process, pass over it), marked running with a lease, and
 * its run is logged as started. A pending job is due at run_at (null = now); a running job whose
 * lease has run out is due again. Only names in `names` (those this process can run) are taken.
 */
export async function claimDueJob(
  ctx: AppContext,
  names: string[],
  worker: string,
): Promise<ClaimedJob | undefined> {
  if (names.length === 0) return undefined;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    for (;;) {
      const [row] = await tx
        .select()
        .from(scheduledJobs)
        .where(
          and(
            inArray(scheduledJobs.name, names),
            or(
              and(
                eq(scheduledJobs.status, 'pending'),
                or(isNull(scheduledJobs.runAt), lte(scheduledJobs.runAt, now)),
              ),
              and(eq(scheduledJobs.status, 'running'), lte(scheduledJobs.lockedUntil, now)),
            ),
          ),
        )
        .orderBy(sql`${scheduledJobs.runAt} asc nulls first`, asc(scheduledJobs.seq))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return undefined;
      if (row.status === 'running') {
        await closeAbandonedRuns(tx, row.id, now);
        if (row.attempts >= row.maxAttempts) {
          await tx
            .update(scheduledJobs)
            .set({
              status: 'failed',
              lockedUntil: null,
              lockedBy: null,
              lastError: LEASE_EXPIRED,
              finishedAt: now,
              updatedAt: now,
            })
            .where(eq(scheduledJobs.id, row.id));
          continue;
        }
      }
      return take(ctx, tx, row, worker, now);
    }
  });
}

async function take(
  ctx: AppContext,
  tx: Executor,
  row: JobRow,
  worker: string,
  now: Date,
): Promise<ClaimedJob> {
  const attempt = row.attempts + 1;
  await tx
    .update(scheduledJobs)
    .set({
      status: 'running',
      attempts: attempt,
      lockedUntil: new Date(now.getTime() + LEASE_MS),
      lockedBy: worker,
      updatedAt: now,
    })
    .where(eq(scheduledJobs.id, row.id));
  const [run] = await tx
    .insert(scheduledJobRuns)
    .values({ jobId: row.id, name: row.name, attempt, worker, startedAt: now })
    .returning({ id: scheduledJobRuns.id });
  if (!run) throw new Error('scheduler: run row not inserted');
  // the first claim of a cron occurrence puts the next one in place, in the same transaction: the
  // chain never breaks and never forks, however many processes claim
  const recurring = findRecurringDefinition(row.name);
  if (recurring && row.occurrenceAt && attempt === 1) {
    const from = row.occurrenceAt > now ? row.occurrenceAt : now;
    await insertOccurrence(tx, ctx.config.timeZone, recurring, from);
  }
  return {
    id: row.id,
    name: row.name,
    payload: row.payload,
    attempt,
    maxAttempts: row.maxAttempts,
    runId: run.id,
  };
}

/** The attempt a dead process left open is logged as failed. */
async function closeAbandonedRuns(tx: Executor, jobId: string, now: Date): Promise<void> {
  await tx
    .update(scheduledJobRuns)
    .set({ finishedAt: now, ok: false, error: LEASE_EXPIRED })
    .where(and(eq(scheduledJobRuns.jobId, jobId), isNull(scheduledJobRuns.ok)));
}

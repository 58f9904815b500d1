import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { ClaimedJob } from './claim';
import { scheduledJobRuns, scheduledJobs } from './tables';
import { LEASE_MS, retryDelayMs } from './timing';

export type JobOutcome = { ok: true } | { ok: false; error: string };

/** The row as this attempt claimed it: if the lease ran out and another process took over, it no longer matches. */
const heldBy = (job: ClaimedJob) =>
  and(
    eq(scheduledJobs.id, job.id),
    eq(scheduledJobs.status, 'running'),
    eq(scheduledJobs.attempts, job.attempt),
  );

/**
 * Logs how the attempt ended and moves the job on: succeeded; or pending again at now + backoff;
 * or failed once its attempts are used up. Returns false when the job was no longer this attempt's
 * (its lease ran out and another process took it over): then only the run log is written.
 */
export async function completeJob(
  ctx: AppContext,
  job: ClaimedJob,
  outcome: JobOutcome,
  durationMs: number,
): Promise<boolean> {
  const now = ctx.clock.now();
  const error = outcome.ok ? null : outcome.error;
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(scheduledJobRuns)
      .set({ finishedAt: now, durationMs, ok: outcome.ok, error })
      .where(eq(scheduledJobRuns.id, job.runId));
    const released = { lockedUntil: null, lockedBy: null, updatedAt: now };
    const set = outcome.ok
      ? { ...released, status: 'succeeded' as const, lastError: null, finishedAt: now }
      : job.attempt >= job.maxAttempts
        ? { ...released, status: 'failed' as const, lastError: error, finishedAt: now }
        : {
            ...released,
            status: 'pending' as const,
            lastError: error,
            runAt: new Date(now.getTime() + retryDelayMs(job.attempt)),
          };
    const updated = await tx
      .update(scheduledJobs)
      .set(set)
      .where(heldBy(job))
      .returning({ id: scheduledJobs.id });
    return updated.length > 0;
  });
}

/** Pushes the lease of a running attempt forward (the runner calls it while a long handler runs). */
export async function renewLease(ctx: AppContext, job: ClaimedJob): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db
    .update(scheduledJobs)
    .set({ lockedUntil: new Date(now.getTime() + LEASE_MS), updatedAt: now })
    .where(heldBy(job));
}

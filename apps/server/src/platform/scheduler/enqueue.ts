import type { Executor } from '../../db/client';
import type { JobDefinition } from './registry';
import { scheduledJobs } from './tables';

export interface EnqueueOptions {
  /** not before this instant (default: as soon as a runner looks) */
  runAt?: Date;
  /** a second enqueue of the same job with the same key is a no-op while the first is pending or running */
  dedupeKey?: string;
}

/**
 * Stores a one-off job in the caller's transaction: if that transaction rolls back, the job never
 * existed. The payload is stored as JSON.
 */
export async function enqueueJob<P>(
  tx: Executor,
  job: JobDefinition<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.runAt && Number.isNaN(options.runAt.getTime())) {
    throw new Error(`enqueueJob(${job.name}): runAt is an invalid Date`);
  }
  await tx
    .insert(scheduledJobs)
    .values({
      name: job.name,
      payload: payload ?? null,
      runAt: options.runAt ?? null,
      maxAttempts: job.maxAttempts,
      dedupeKey: options.dedupeKey ?? null,
    })
    // the only unique index a one-off insert can hit is the dedupe key's
    .onConflictDoNothing();
}

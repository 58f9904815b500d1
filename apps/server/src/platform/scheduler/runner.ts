import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { AppContext } from '../context';
import { type ClaimedJob, claimDueJob } from './claim';
import { completeJob, type JobOutcome, renewLease } from './completion';
import { syncRecurringJobs } from './occurrences';
import { findJobDefinition, registeredJobNames } from './registry';
import { LEASE_RENEW_MS } from './timing';

/** Who holds a claim, as the run log and the console show it. */
export const WORKER_ID = `${os.hostname()}:${process.pid}`;
const DEFAULT_LIMIT = 100;

export interface RunOptions {
  /** at most this many jobs in this call (default 100) */
  limit?: number;
  /** run only jobs with these names (a test about its own jobs; a runner dedicated to some jobs) */
  only?: readonly string[];
  /** checked before each claim: the background runner stops claiming when the server shuts down */
  shouldStop?: () => boolean;
}

/**
 * Runs every due job once, one claim at a time, until none is due or `limit` ran; returns how many
 * ran. Jobs whose names this process does not know are left for a process that does.
 */
export async function runDueJobs(ctx: AppContext, options: RunOptions = {}): Promise<number> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  await syncRecurringJobs(ctx);
  const only = options.only;
  const names = only ? registeredJobNames().filter((n) => only.includes(n)) : registeredJobNames();
  let ran = 0;
  while (ran < limit && !options.shouldStop?.()) {
    const job = await claimDueJob(ctx, names, WORKER_ID);
    if (!job) break;
    await runClaimedJob(ctx, job);
    ran += 1;
  }
  return ran;
}

/** One attempt: the handler with its lease renewed meanwhile, then the outcome written. */
export async function runClaimedJob(ctx: AppContext, job: ClaimedJob): Promise<JobOutcome> {
  const definition = findJobDefinition(job.name);
  const renewal = setInterval(() => {
    renewLease(ctx, job).catch((err) => ctx.log.warn({ err, job: job.name }, 'job lease renewal failed'));
  }, LEASE_RENEW_MS);
  renewal.unref();
  const started = performance.now();
  let outcome: JobOutcome;
  try {
    if (!definition) throw new Error(`no handler for job "${job.name}" in this process`);
    await definition.handler({ ctx, jobId: job.id, attempt: job.attempt }, job.payload);
    outcome = { ok: true };
  } catch (err) {
    outcome = { ok: false, error: errorText(err) };
    const last = job.attempt >= job.maxAttempts;
    ctx.log.warn(
      { err, job: job.name, jobId: job.id, attempt: job.attempt },
      last ? 'job failed' : 'job failed; will retry',
    );
  } finally {
    clearInterval(renewal);
  }
  // a measured duration, not a business time: the app clock may stand still in tests
  const durationMs = Math.round(performance.now() - started);
  const held = await completeJob(ctx, job, outcome, durationMs);
  if (!held) {
    ctx.log.warn(
      { job: job.name, jobId: job.id, attempt: job.attempt },
      'job lease ran out before it finished',
    );
  }
  return outcome;
}

/** What the console shows for a failure: the message (or the thrown value), at most 2,000 characters. */
function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.slice(0, 2_000);
}

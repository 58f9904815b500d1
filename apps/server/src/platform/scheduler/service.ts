import type { JobRun, ListJobRunsQuery, ListJobsQuery, ScheduledJob } from '@houqin/contracts';
import { recordAudit } from '../audit/record';
import { type Actor, type Caller, requireRole } from '../auth/actor';
import type { AppContext } from '../context';
import { AppError, notFound, sqlState } from '../errors';
import {
  findJobForUpdate,
  findJobPage,
  findJobRunPage,
  type JobRow,
  type JobRunRow,
  markJobPendingAgain,
} from './console-repository';

/** Who sees and retries background jobs: the people who run the system and the logistics office. */
export function assertCanManageJobs(caller: Caller): Actor {
  return requireRole(caller, 'sysadmin', 'logistics_admin');
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toScheduledJob(row: JobRow): ScheduledJob {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    payload: row.payload ?? null,
    runAt: iso(row.runAt),
    occurrenceAt: iso(row.occurrenceAt),
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    dedupeKey: row.dedupeKey,
    lastError: row.lastError,
    lockedUntil: row.status === 'running' ? iso(row.lockedUntil) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
  };
}

export function toJobRun(row: JobRunRow): JobRun {
  return {
    id: row.id,
    jobId: row.jobId,
    name: row.name,
    attempt: row.attempt,
    worker: row.worker,
    startedAt: row.startedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
    durationMs: row.durationMs,
    outcome: row.ok === null ? 'running' : row.ok ? 'ok' : 'error',
    error: row.error,
  };
}

export async function listJobs(ctx: AppContext, caller: Caller, query: ListJobsQuery) {
  assertCanManageJobs(caller);
  const { page, pageSize, ...filter } = query;
  const result = await findJobPage(ctx.db, filter, { page, pageSize });
  return { items: result.items.map(toScheduledJob), total: result.total, page, pageSize };
}

export async function listJobRuns(ctx: AppContext, caller: Caller, query: ListJobRunsQuery) {
  assertCanManageJobs(caller);
  const { page, pageSize, ...filter } = query;
  const result = await findJobRunPage(ctx.db, filter, { page, pageSize });
  return { items: result.items.map(toJobRun), total: result.total, page, pageSize };
}

/**
 * Puts a failed job back to pending, due now, for one more attempt, and records who did it. Only a
 * failed job can be retried; if the same job (same dedupe key) was enqueued again meanwhile and is
 * still waiting, retrying would run it twice, so that is refused.
 */
export async function retryJob(ctx: AppContext, caller: Caller, id: string): Promise<ScheduledJob> {
  assertCanManageJobs(caller);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findJobForUpdate(tx, id);
      if (!before) throw notFound('scheduled_job');
      if (before.status !== 'failed') throw new AppError('JOB_NOT_RETRYABLE', { status: before.status });
      const after = await markJobPendingAgain(tx, id, now);
      if (!after) throw new AppError('JOB_NOT_RETRYABLE', { status: before.status });
      await recordAudit(
        tx,
        caller,
        {
          action: 'job.retried',
          entityType: 'scheduled_job',
          entityId: id,
          before: {
            name: before.name,
            status: before.status,
            attempts: before.attempts,
            lastError: before.lastError,
          },
          after: { name: after.name, status: after.status, attempts: after.attempts, runAt: after.runAt },
        },
        now,
      );
      return toScheduledJob(after);
    });
  } catch (err) {
    if (sqlState(err) === '23505') throw new AppError('JOB_ALREADY_PENDING');
    throw err;
  }
}

import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { scheduledJobRuns, scheduledJobs } from './tables';

export type JobRow = typeof scheduledJobs.$inferSelect;
export type JobRunRow = typeof scheduledJobRuns.$inferSelect;
type JobStatus = JobRow['status'];

export interface JobFilter {
  status?: JobStatus;
  name?: string;
}

export interface JobRunFilter {
  jobId?: string;
  name?: string;
  outcome?: 'running' | 'ok' | 'error';
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** Newest first (seq breaks ties within a millisecond). */
export async function findJobPage(
  db: Executor,
  filter: JobFilter,
  paging: Paging,
): Promise<{ items: JobRow[]; total: number }> {
  const where = and(
    filter.status ? eq(scheduledJobs.status, filter.status) : undefined,
    filter.name ? eq(scheduledJobs.name, filter.name) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(scheduledJobs).where(where);
  const items = await db
    .select()
    .from(scheduledJobs)
    .where(where)
    .orderBy(desc(scheduledJobs.createdAt), desc(scheduledJobs.seq))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return { items, total: total?.n ?? 0 };
}

function outcomeWhere(outcome: JobRunFilter['outcome']): SQL | undefined {
  if (outcome === 'running') return isNull(scheduledJobRuns.ok);
  if (outcome === 'ok') return eq(scheduledJobRuns.ok, true);
  if (outcome === 'error') return eq(scheduledJobRuns.ok, false);
  return undefined;
}

/** The run log, latest attempt first. */
export async function findJobRunPage(
  db: Executor,
  filter: JobRunFilter,
  paging: Paging,
): Promise<{ items: JobRunRow[]; total: number }> {
  const where = and(
    filter.jobId ? eq(scheduledJobRuns.jobId, filter.jobId) : undefined,
    filter.name ? eq(scheduledJobRuns.name, filter.name) : undefined,
    outcomeWhere(filter.outcome),
  );
  const [total] = await db.select({ n: count() }).from(scheduledJobRuns).where(where);
  const items = await db
    .select()
    .from(scheduledJobRuns)
    .where(where)
    .orderBy(desc(scheduledJobRuns.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return { items, total: total?.n ?? 0 };
}

/** Locks the job for the rest of the transaction. */
export async function findJobForUpdate(tx: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await tx.select().from(scheduledJobs).where(eq(scheduledJobs.id, id)).for('update');
  return row;
}

/** A failed job due again at `now`; its attempt count goes on (one more attempt, no new backoff series). */
export async function markJobPendingAgain(tx: Executor, id: string, now: Date): Promise<JobRow | undefined> {
  const [row] = await tx
    .update(scheduledJobs)
    .set({ status: 'pending', runAt: now, finishedAt: null, updatedAt: now })
    .where(and(eq(scheduledJobs.id, id), eq(scheduledJobs.status, 'failed')))
    .returning();
  return row;
}

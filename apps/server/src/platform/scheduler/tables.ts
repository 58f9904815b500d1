import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Every job, one-off or one occurrence of a recurring job. A process claims a due row
 * (FOR UPDATE SKIP LOCKED), sets it running with a lease (locked_until) and runs it; a lease that
 * runs out (the process died) makes the row claimable again.
 */
export const scheduledJobs = pgTable(
  'scheduled_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** insertion order: first-in first-out among jobs due at the same time */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    payload: jsonb('payload'),
    status: text('status', { enum: ['pending', 'running', 'succeeded', 'failed'] })
      .notNull()
      .default('pending'),
    /** due at; null = as soon as possible (enqueueJob has no clock, so it never guesses "now") */
    runAt: timestamp('run_at', { withTimezone: true, precision: 3 }),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    /** a second enqueue with the same (name, key) is a no-op while this one is pending or running */
    dedupeKey: text('dedupe_key'),
    /** the cron time this row stands for (recurring jobs only; never changes, unlike run_at) */
    occurrenceAt: timestamp('occurrence_at', { withTimezone: true, precision: 3 }),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    /** the database's time at enqueue (enqueueJob runs in the caller's transaction, without the app clock) */
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    check('scheduled_jobs_status_check', sql`${t.status} in ('pending', 'running', 'succeeded', 'failed')`),
    check('scheduled_jobs_attempts_check', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
    uniqueIndex('scheduled_jobs_dedupe_key')
      .on(t.name, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null and ${t.status} in ('pending', 'running')`),
    uniqueIndex('scheduled_jobs_occurrence_key')
      .on(t.name, t.occurrenceAt)
      .where(sql`${t.occurrenceAt} is not null`),
    // what a claim scans: pending by due time, running by lease end
    index('scheduled_jobs_pending_idx').on(t.runAt, t.seq).where(sql`${t.status} = 'pending'`),
    index('scheduled_jobs_running_idx').on(t.lockedUntil).where(sql`${t.status} = 'running'`),
    index('scheduled_jobs_name_idx').on(t.name, t.createdAt),
    index('scheduled_jobs_created_idx').on(t.createdAt),
  ],
);

/** One row per attempt: written when the attempt starts, completed when it ends. */
export const scheduledJobRuns = pgTable(
  'scheduled_job_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => scheduledJobs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    attempt: integer('attempt').notNull(),
    worker: text('worker').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    durationMs: integer('duration_ms'),
    /** null while the attempt runs */
    ok: boolean('ok'),
    error: text('error'),
  },
  (t) => [
    index('scheduled_job_runs_job_idx').on(t.jobId, t.attempt),
    index('scheduled_job_runs_started_idx').on(t.startedAt),
  ],
);

/** The recurring jobs the running code declares, with the schedule last registered. */
export const recurringJobs = pgTable('recurring_jobs', {
  name: text('name').primaryKey(),
  cron: text('cron').notNull(),
  timeZone: text('time_zone').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
});

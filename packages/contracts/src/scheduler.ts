import { z } from 'zod';
import { pageOf } from './common';

/** pending (waiting for its time or a retry) → running → succeeded | failed (attempts used up). */
export const jobStatuses = ['pending', 'running', 'succeeded', 'failed'] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** One scheduled job (a one-off job, or one occurrence of a recurring job) as the console shows it. */
export const scheduledJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: jobStatusSchema,
  payload: z.unknown(),
  /** due at (ISO); null = as soon as possible */
  runAt: z.string().nullable(),
  /** for an occurrence of a recurring job: the cron time it stands for */
  occurrenceAt: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  dedupeKey: z.string().nullable(),
  lastError: z.string().nullable(),
  /** while running: when another process may take it over */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ScheduledJob = z.infer<typeof scheduledJobSchema>;
export const scheduledJobPageSchema = pageOf(scheduledJobSchema);
export type ScheduledJobPage = z.infer<typeof scheduledJobPageSchema>;

export const listJobsQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: jobStatusSchema.optional(),
  name: z.string().trim().min(1).max(100).optional(),
});
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

/** running = the attempt has not finished (or its process died and the lease has not run out yet). */
export const jobRunOutcomes = ['running', 'ok', 'error'] as const;
export const jobRunOutcomeSchema = z.enum(jobRunOutcomes);
export type JobRunOutcome = z.infer<typeof jobRunOutcomeSchema>;

/** One attempt of a job, from the run log. */
export const jobRunSchema = z.object({
  id: z.number().int(),
  jobId: z.string(),
  name: z.string(),
  attempt: z.number().int(),
  worker: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  outcome: jobRunOutcomeSchema,
  error: z.string().nullable(),
});
export type JobRun = z.infer<typeof jobRunSchema>;
export const jobRunPageSchema = pageOf(jobRunSchema);
export type JobRunPage = z.infer<typeof jobRunPageSchema>;

export const listJobRunsQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  jobId: z.string().uuid().optional(),
  name: z.string().trim().min(1).max(100).optional(),
  outcome: jobRunOutcomeSchema.optional(),
});
export type ListJobRunsQuery = z.infer<typeof listJobRunsQuerySchema>;

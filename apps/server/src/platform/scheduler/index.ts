// The durable scheduler. Declare job types at module load (defineJob / defineRecurringJob), enqueue
// one-off jobs in the transaction of the change that needs them (enqueueJob), and let the runner
// (startScheduler, started by the app) or a test (runDueJobs after moving the clock) run what is due.
//
// Guarantees: jobs live in the database and survive restarts; each due job is claimed by exactly one
// process at a time (FOR UPDATE SKIP LOCKED + a lease); a failure is retried with backoff up to
// maxAttempts, then the job is failed and visible in the console (/api/admin/jobs). A process that
// dies mid-job leaves its lease to run out, and the job runs again: a handler's effects are therefore
// at-least-once across crashes, so make handlers idempotent (conditional updates, "if not done yet").
export { startScheduler } from './background';
export { enqueueJob } from './enqueue';
export { defineJob, defineRecurringJob, type JobContext, type JobDefinition } from './registry';
export { runDueJobs } from './runner';

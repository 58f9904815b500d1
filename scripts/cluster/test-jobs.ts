// TEST-ONLY — loaded into the server processes by `npm run test:cluster` (node --import), never by
// the app itself: a job type whose every run leaves one row in cluster_test_job_runs (a table the
// cluster test creates in its throwaway database), so the test can count how often each job ran.
import { defineJob } from '../../apps/server/src/platform/scheduler/index.ts';
import { CLUSTER_TEST_JOB } from './job-name.ts';

defineJob<{ key: string }>(
  CLUSTER_TEST_JOB,
  async ({ ctx, jobId }, { key }) => {
    // a little work, so the two processes' runners overlap
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pool = ctx.database.pool;
    if (!pool) throw new Error('the cluster test runs on PostgreSQL');
    await pool.query('insert into cluster_test_job_runs (job_key, job_id, pid) values ($1, $2, $3)', [
      key,
      jobId,
      process.pid,
    ]);
  },
  { maxAttempts: 1 },
);

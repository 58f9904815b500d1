/** The test-only job type test-jobs.ts declares in the server processes of `npm run test:cluster`. */
export const CLUSTER_TEST_JOB = 'cluster-test.record';

import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { defineJob, enqueueJob, runDueJobs } from './index';
import { scheduledJobRuns, scheduledJobs } from './tables';

const N = 50;
const RUNNERS = 4;
const calls = new Map<number, number>();
const count = defineJob<{ i: number }>('test.count', async (_job, { i }) => {
  calls.set(i, (calls.get(i) ?? 0) + 1);
  // a little work, so the runners overlap
  await new Promise((resolve) => setTimeout(resolve, 3));
});

describe('exactly once under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
  });
  afterAll(async () => t.close());

  it(`runs each of ${N} due jobs exactly once with ${RUNNERS} runners claiming at the same time`, async () => {
    await t.ctx.db.transaction(async (tx) => {
      for (let i = 0; i < N; i += 1) await enqueueJob(tx, count, { i });
    });
    // on PostgreSQL every runner's claims use their own pool connections; contexts stand for processes
    const runners = Array.from({ length: RUNNERS }, () => ({ ...t.ctx }));
    const ran = await Promise.all(runners.map((ctx) => runDueJobs(ctx, { only: ['test.count'] })));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(N);
    expect(calls.size).toBe(N);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    const rows = await t.ctx.db
      .select({ status: scheduledJobs.status, attempts: scheduledJobs.attempts })
      .from(scheduledJobs)
      .where(inArray(scheduledJobs.name, ['test.count']));
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.status === 'succeeded' && r.attempts === 1)).toBe(true);
    const runs = await t.ctx.db
      .select({ ok: scheduledJobRuns.ok })
      .from(scheduledJobRuns)
      .where(inArray(scheduledJobRuns.name, ['test.count']));
    expect(runs).toHaveLength(N);
    if (t.database.kind === 'postgres') {
      // the work was shared out: more than one runner claimed jobs
      expect(ran.filter((n) => n > 0).length).toBeGreaterThan(1);
    }
  });
});

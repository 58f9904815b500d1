import { asc, eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { claimDueJob } from './claim';
import { completeJob } from './completion';
import { defineJob, enqueueJob, runDueJobs } from './index';
import { scheduledJobRuns, scheduledJobs } from './tables';
import { LEASE_MS, retryDelayMs } from './timing';

const attempts: number[] = [];
const flaky = defineJob<{ room: string }>(
  'test.flaky',
  async (job, payload) => {
    attempts.push(job.attempt);
    await new Promise((resolve) => setTimeout(resolve, 15));
    throw new Error(`printer for ${payload.room} is offline`);
  },
  { maxAttempts: 3 },
);

const finished: { attempt: number; jobId: string }[] = [];
const steady = defineJob<null>('test.steady', async (job) => {
  finished.push({ attempt: job.attempt, jobId: job.jobId });
});

const S = 1_000;

const mine = ['test.flaky', 'test.steady'];

describe('retryDelayMs', () => {
  it('backs off 30 s × 2^(attempt − 1), capped at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30 * S, 60 * S, 120 * S, 240 * S]);
    expect(retryDelayMs(20)).toBe(3_600 * S);
  });
});

describe('retries and leases', () => {
  let t: TestApp;
  const run = () => runDueJobs(t.ctx, { only: mine });
  beforeEach(async () => {
    attempts.length = 0;
    finished.length = 0;
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
  });
  afterEach(async () => t.close());

  const jobRow = async () => {
    const [row] = await t.ctx.db.select().from(scheduledJobs).where(inArray(scheduledJobs.name, mine));
    if (!row) throw new Error('no job');
    return row;
  };
  const runs = () =>
    t.ctx.db
      .select()
      .from(scheduledJobRuns)
      .where(inArray(scheduledJobRuns.name, mine))
      .orderBy(asc(scheduledJobRuns.id));

  it('retries a failing job with backoff, then marks it failed after maxAttempts', async () => {
    await enqueueJob(t.ctx.db, flaky, { room: '301' });
    expect(await run()).toBe(1);
    let row = await jobRow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'printer for 301 is offline' });
    expect(row.runAt?.toISOString()).toBe('2026-03-02T02:00:30.000Z');

    t.clock.advance(29 * S);
    expect(await run()).toBe(0);
    t.clock.advance(1 * S);
    expect(await run()).toBe(1);
    row = await jobRow();
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row.runAt?.toISOString()).toBe('2026-03-02T02:01:30.000Z');

    t.clock.advance(59 * S);
    expect(await run()).toBe(0);
    t.clock.advance(1 * S);
    expect(await run()).toBe(1);
    row = await jobRow();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lockedUntil: null });
    expect(row.finishedAt?.toISOString()).toBe('2026-03-02T02:01:30.000Z');

    t.clock.advance(24 * 3_600 * S);
    expect(await run()).toBe(0);
    expect(attempts).toEqual([1, 2, 3]);

    const log = await runs();
    expect(log.map((r) => [r.attempt, r.ok, r.error])).toEqual([
      [1, false, 'printer for 301 is offline'],
      [2, false, 'printer for 301 is offline'],
      [3, false, 'printer for 301 is offline'],
    ]);
    expect(log.map((r) => r.startedAt.toISOString())).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T02:00:30.000Z',
      '2026-03-02T02:01:30.000Z',
    ]);
    for (const r of log) {
      // the handler sleeps 15 ms: the duration is measured, not read from the (standing) app clock
      expect(r.durationMs).toBeGreaterThanOrEqual(10);
      expect(r.durationMs).toBeLessThan(5_000);
      expect(r.finishedAt?.toISOString()).toBe(r.startedAt.toISOString());
    }
  });

  it('logs a successful run with its duration', async () => {
    await enqueueJob(t.ctx.db, steady, null);
    await run();
    const [entry] = await runs();
    expect(entry).toMatchObject({ name: 'test.steady', attempt: 1, ok: true, error: null });
    expect(entry?.durationMs).toBeGreaterThanOrEqual(0);
    expect(entry?.worker).toMatch(/:\d+$/);
  });

  it('gives a running job whose lease ran out (its process died) to the next runner', async () => {
    await enqueueJob(t.ctx.db, steady, null);
    // a process claims it and dies before finishing
    const dead = await claimDueJob(t.ctx, ['test.steady'], 'dead-host:1');
    expect(dead).toMatchObject({ attempt: 1 });
    expect(await run()).toBe(0);
    t.clock.advance(LEASE_MS - 1);
    expect(await run()).toBe(0);
    t.clock.advance(1);
    expect(await run()).toBe(1);
    expect(finished).toEqual([{ attempt: 2, jobId: dead?.id }]);
    expect(await jobRow()).toMatchObject({ status: 'succeeded', attempts: 2 });
    const log = await runs();
    expect(log.map((r) => [r.attempt, r.worker, r.ok])).toEqual([
      [1, 'dead-host:1', false],
      [2, expect.stringMatching(/:\d+$/), true],
    ]);
    expect(log[0]?.error).toMatch(/lease expired/);
  });

  it('marks a job failed when the lease of its last attempt runs out', async () => {
    await enqueueJob(t.ctx.db, flaky, { room: '302' });
    for (let i = 0; i < 3; i += 1) {
      expect(await claimDueJob(t.ctx, ['test.flaky'], 'dying-host:1')).toBeDefined();
      t.clock.advance(LEASE_MS);
    }
    expect(await run()).toBe(0);
    expect(attempts).toEqual([]);
    expect(await jobRow()).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await jobRow()).lastError).toMatch(/lease expired/);
    expect((await runs()).map((r) => r.ok)).toEqual([false, false, false]);
  });

  it('does not let a run that outlived its lease overwrite the takeover', async () => {
    await enqueueJob(t.ctx.db, steady, null);
    const slow = await claimDueJob(t.ctx, ['test.steady'], 'slow-host:1');
    t.clock.advance(LEASE_MS);
    expect(await run()).toBe(1);
    if (!slow) throw new Error('not claimed');
    expect(await completeJob(t.ctx, slow, { ok: false, error: 'late' }, 5)).toBe(false);
    const row = await jobRow();
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2 });
    const [first] = await t.ctx.db.select().from(scheduledJobRuns).where(eq(scheduledJobRuns.attempt, 1));
    expect(first).toMatchObject({ ok: false, error: 'late', durationMs: 5 });
  });
});

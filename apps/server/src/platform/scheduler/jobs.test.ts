import { eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { defineJob, enqueueJob, type JobDefinition, runDueJobs } from './index';
import { scheduledJobs } from './tables';

const calls: { payload: { n: number }; at: string; attempt: number }[] = [];
const greet = defineJob<{ n: number }>('test.greet', async (job, payload) => {
  calls.push({ payload, at: job.ctx.clock.now().toISOString(), attempt: job.attempt });
});

// other modules declare jobs too (recurring ones among them): these tests look at their own only
const mine = ['test.greet'];

describe('one-off jobs', () => {
  let t: TestApp;
  const run = (limit?: number) => runDueJobs(t.ctx, { only: mine, limit });
  const testJobs = () => t.ctx.db.select().from(scheduledJobs).where(like(scheduledJobs.name, 'test.%'));
  beforeEach(async () => {
    calls.length = 0;
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
  });
  afterEach(async () => t.close());

  it('runs a job enqueued in a committed transaction once, with its payload', async () => {
    await t.ctx.db.transaction((tx) => enqueueJob(tx, greet, { n: 1 }));
    expect(await run()).toBe(1);
    expect(calls).toEqual([{ payload: { n: 1 }, at: '2026-03-02T02:00:00.000Z', attempt: 1 }]);
    expect(await run()).toBe(0);
    const [row] = await testJobs();
    expect(row).toMatchObject({ status: 'succeeded', attempts: 1, lockedUntil: null, lastError: null });
    expect(row?.finishedAt?.toISOString()).toBe('2026-03-02T02:00:00.000Z');
  });

  it('never runs a job enqueued in a transaction that rolled back', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await enqueueJob(tx, greet, { n: 2 });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await run()).toBe(0);
    t.clock.advance(24 * 3_600_000);
    expect(await run()).toBe(0);
    expect(calls).toEqual([]);
    expect(await testJobs()).toEqual([]);
  });

  it('runs a job with runAt in the future only once the clock has passed it', async () => {
    const runAt = new Date('2026-03-02T03:30:00Z');
    await enqueueJob(t.ctx.db, greet, { n: 3 }, { runAt });
    expect(await run()).toBe(0);
    t.clock.set('2026-03-02T03:29:59.999Z');
    expect(await run()).toBe(0);
    expect(calls).toEqual([]);
    t.clock.set('2026-03-02T03:30:00Z');
    expect(await run()).toBe(1);
    expect(calls.map((c) => c.at)).toEqual(['2026-03-02T03:30:00.000Z']);
  });

  it('runs due jobs in due order, then first-in first-out', async () => {
    await enqueueJob(t.ctx.db, greet, { n: 1 }, { runAt: new Date('2026-03-02T01:59:00Z') });
    await enqueueJob(t.ctx.db, greet, { n: 2 });
    await enqueueJob(t.ctx.db, greet, { n: 3 });
    await enqueueJob(t.ctx.db, greet, { n: 4 }, { runAt: new Date('2026-03-02T01:00:00Z') });
    expect(await run(3)).toBe(3);
    expect(await run()).toBe(1);
    expect(calls.map((c) => c.payload.n)).toEqual([2, 3, 4, 1]);
  });

  it('makes a second enqueue with the same dedupe key a no-op while the first is pending', async () => {
    await enqueueJob(t.ctx.db, greet, { n: 1 }, { dedupeKey: 'room-301' });
    await t.ctx.db.transaction((tx) => enqueueJob(tx, greet, { n: 2 }, { dedupeKey: 'room-301' }));
    await enqueueJob(t.ctx.db, greet, { n: 3 }, { dedupeKey: 'room-302' });
    expect(await testJobs()).toHaveLength(2);
    expect(await run()).toBe(2);
    expect(calls.map((c) => c.payload.n).sort()).toEqual([1, 3]);
    // once the first has run, the key is free again
    await enqueueJob(t.ctx.db, greet, { n: 4 }, { dedupeKey: 'room-301' });
    expect(await run()).toBe(1);
    expect(calls.map((c) => c.payload.n)).toContain(4);
  });

  it('leaves jobs this process has no handler for pending, without failing', async () => {
    const unknown: JobDefinition<{ x: number }> = {
      name: 'test.from-another-version',
      handler: async () => {},
      maxAttempts: 5,
    };
    await enqueueJob(t.ctx.db, unknown, { x: 1 });
    await enqueueJob(t.ctx.db, greet, { n: 5 });
    expect(await runDueJobs(t.ctx, { only: [...mine, unknown.name] })).toBe(1);
    const [row] = await t.ctx.db
      .select()
      .from(scheduledJobs)
      .where(eq(scheduledJobs.name, 'test.from-another-version'));
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
  });
});

describe('defineJob', () => {
  it('refuses a second definition with the same name, bad names and bad maxAttempts', () => {
    expect(() => defineJob('test.greet', async () => {})).toThrow(/defined twice/);
    expect(() => defineJob('Not A Name', async () => {})).toThrow(/job name/);
    expect(() => defineJob('test.zero', async () => {}, { maxAttempts: 0 })).toThrow(/maxAttempts/);
  });
});

import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { defineRecurringJob, runDueJobs } from './index';
import { recurringJobs, scheduledJobs } from './tables';

const NAME = 'test.weekday-report';
const fired: string[] = [];
defineRecurringJob(NAME, '0 9 * * 1-5', async ({ ctx }) => {
  fired.push(ctx.clock.now().toISOString());
});

describe('recurring jobs', () => {
  let t: TestApp;
  // other modules declare recurring jobs too: these tests run and count only their own
  const run = (ctx = t.ctx) => runDueJobs(ctx, { only: [NAME] });
  const occurrences = () =>
    t.ctx.db
      .select()
      .from(scheduledJobs)
      .where(and(eq(scheduledJobs.name, NAME), isNotNull(scheduledJobs.occurrenceAt)))
      .orderBy(asc(scheduledJobs.occurrenceAt));
  const pendingAt = async () =>
    (await occurrences()).filter((o) => o.status === 'pending').map((o) => o.occurrenceAt?.toISOString());

  beforeEach(async () => {
    fired.length = 0;
    // Friday 2026-03-06 08:00 in Shanghai (still Thursday evening in St. John's)
    t = await createTestApp({ now: '2026-03-06T00:00:00Z' });
  });
  afterEach(async () => t.close());

  it('fires at 09:00 Asia/Shanghai on weekdays (01:00Z) whatever the process zone, not at the weekend', async () => {
    // the suite runs in St. John's (UTC−3:30): a cron read in the process zone would fire at 12:30Z
    expect(new Date('2026-03-06T01:00:00Z').getTimezoneOffset()).toBe(210);
    expect(t.ctx.config.timeZone).toBe('Asia/Shanghai');
    expect(await run()).toBe(0);
    expect(await pendingAt()).toEqual(['2026-03-06T01:00:00.000Z']);

    t.clock.set('2026-03-06T00:59:59.999Z');
    expect(await run()).toBe(0);
    t.clock.set('2026-03-06T01:00:00Z');
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect(fired).toEqual(['2026-03-06T01:00:00.000Z']);
    // the next occurrence skips the weekend
    expect(await pendingAt()).toEqual(['2026-03-09T01:00:00.000Z']);

    for (const at of [
      '2026-03-07T01:00:00Z',
      '2026-03-07T12:30:00Z',
      '2026-03-08T01:00:00Z',
      '2026-03-08T16:59:00Z',
    ]) {
      t.clock.set(at);
      expect(await run(), at).toBe(0);
    }
    t.clock.set('2026-03-09T01:00:00Z');
    expect(await run()).toBe(1);
    expect(fired).toEqual(['2026-03-06T01:00:00.000Z', '2026-03-09T01:00:00.000Z']);
    const stored = await t.ctx.db.select().from(recurringJobs).where(eq(recurringJobs.name, NAME));
    expect(stored).toEqual([
      expect.objectContaining({ name: NAME, cron: '0 9 * * 1-5', timeZone: 'Asia/Shanghai' }),
    ]);
  });

  it('runs the 09:00 occurrence once when several processes reach it together', async () => {
    await run();
    t.clock.set('2026-03-06T01:00:00Z');
    // separate contexts on the same database stand for separate processes (each syncs its schedules)
    const processes = [t.ctx, { ...t.ctx }, { ...t.ctx }, { ...t.ctx }];
    const ran = await Promise.all(processes.map((ctx) => run(ctx)));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    expect(fired).toEqual(['2026-03-06T01:00:00.000Z']);
    expect((await occurrences()).map((o) => [o.occurrenceAt?.toISOString(), o.status])).toEqual([
      ['2026-03-06T01:00:00.000Z', 'succeeded'],
      ['2026-03-09T01:00:00.000Z', 'pending'],
    ]);
  });

  it('after downtime, runs a missed occurrence once (late), not once per missed day', async () => {
    t.clock.set('2026-03-10T00:00:00Z');
    await run();
    // down from Tuesday 08:00 to Thursday 13:00 in Shanghai
    t.clock.set('2026-03-12T05:00:00Z');
    expect(await run()).toBe(1);
    expect(fired).toEqual(['2026-03-12T05:00:00.000Z']);
    expect(await pendingAt()).toEqual(['2026-03-13T01:00:00.000Z']);
  });

  it('replaces the untried occurrences of a schedule whose cron changed', async () => {
    // what an earlier version left: another schedule, and its next occurrence
    await t.ctx.db
      .insert(recurringJobs)
      .values({ name: NAME, cron: '0 8 * * *', timeZone: 'Asia/Shanghai', updatedAt: new Date() });
    const eight = new Date('2026-03-06T00:00:00Z');
    await t.ctx.db
      .insert(scheduledJobs)
      .values({ name: NAME, runAt: eight, occurrenceAt: eight, maxAttempts: 5 });
    expect(await run()).toBe(0);
    expect(fired).toEqual([]);
    expect(await pendingAt()).toEqual(['2026-03-06T01:00:00.000Z']);
    const [stored] = await t.ctx.db.select().from(recurringJobs).where(eq(recurringJobs.name, NAME));
    expect(stored?.cron).toBe('0 9 * * 1-5');
  });
});

describe('defineRecurringJob', () => {
  it('refuses an invalid cron expression when the job is declared', () => {
    expect(() => defineRecurringJob('test.bad-cron', '61 * * * *', async () => {})).toThrow(/invalid cron/);
    expect(() => defineRecurringJob('test.bad-cron', 'every day', async () => {})).toThrow(/invalid cron/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, openTestDatabase, type TestApp, testConfig } from '../../test/harness';
import { ManualClock } from '../clock';
import { defineJob, enqueueJob, startScheduler } from './index';

let release: () => void = () => {};
const seen: string[] = [];
const slow = defineJob<{ tag: string }>('test.slow', async (_job, { tag }) => {
  seen.push(`start ${tag}`);
  if (tag === 'gated') await new Promise<void>((resolve) => (release = resolve));
  seen.push(`end ${tag}`);
});

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('background runner', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    seen.length = 0;
    await t?.close();
    t = undefined;
  });

  it('runs due jobs by itself, and stop() waits for the job in hand', async () => {
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
    await enqueueJob(t.ctx.db, slow, { tag: 'gated' });
    const runner = startScheduler(t.ctx);
    await until(() => seen.includes('start gated'));
    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(seen).toEqual(['start gated', 'end gated']);
    // stopped: a job enqueued now waits for the next runner
    await enqueueJob(t.ctx.db, slow, { tag: 'later' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(seen).not.toContain('start later');
  });

  it('starts with the app (background on) and stops before the app closes its database', async () => {
    const { database, drop } = await openTestDatabase();
    const config = testConfig();
    const clock = new ManualClock('2026-03-02T02:00:00Z');
    const { app, ctx } = await buildApp({ config, database, clock, background: true, ownsDatabase: true });
    try {
      await app.ready();
      await enqueueJob(ctx.db, slow, { tag: 'app' });
      await until(() => seen.includes('end app'));
    } finally {
      await app.close();
      await drop();
    }
    expect(seen).toEqual(['start app', 'end app']);
  });
});

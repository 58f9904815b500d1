import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestApp, openTestDatabase, testConfig } from '../test/harness';
import { OffsetClock } from './clock';

const TOKEN = 'e2e-clock-token-that-is-long-enough-000';

describe('POST /api/test/clock (E2E only)', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('does not exist unless HOUQIN_TEST_CLOCK_TOKEN is configured', async () => {
    const t = await createTestApp();
    closers.push(() => t.close());
    const res = await t.app.inject({ method: 'POST', url: '/api/test/clock', payload: { offsetMs: 1000 } });
    expect(res.statusCode).toBe(404);
  });

  it('moves the clock ahead only for a caller with the token', async () => {
    const { database, drop } = await openTestDatabase();
    const clock = new OffsetClock();
    const { app, ctx } = await buildApp({
      config: testConfig({ testClockToken: TOKEN }),
      database,
      clock,
      background: false,
    });
    closers.push(async () => {
      await app.close();
      await database.close();
      await drop();
    });
    const hour = 3_600_000;
    const refused = await app.inject({
      method: 'POST',
      url: '/api/test/clock',
      headers: { 'x-test-clock-token': 'x'.repeat(TOKEN.length) },
      payload: { offsetMs: hour },
    });
    expect(refused.statusCode).toBe(403);
    expect(clock.offsetMs).toBe(0);
    const moved = await app.inject({
      method: 'POST',
      url: '/api/test/clock',
      headers: { 'x-test-clock-token': TOKEN },
      payload: { offsetMs: hour },
    });
    expect(moved.statusCode).toBe(200);
    expect(Math.abs(ctx.clock.now().getTime() - (Date.now() + hour))).toBeLessThan(1000);
  });
});

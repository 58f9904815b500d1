import Fastify from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import type { AppContext } from '../context';
import { registerErrorHandler } from '../error-handler';
import { runDueJobs } from '../scheduler';
import { countHit, windowAt } from './counters';
import { rateLimitPlugin } from './index';
import { PURGE_JOB } from './purge';
import { DatabaseRateLimitStore } from './store';
import { rateLimitCounters } from './tables';

const MINUTE = 60_000;

function incr(store: DatabaseRateLimitStore, key: string, timeWindow = MINUTE) {
  return new Promise<{ current: number; ttl: number }>((resolve, reject) => {
    store.incr(key, (err, res) => (err || !res ? reject(err) : resolve(res)), timeWindow, 10);
  });
}

/** A bare Fastify app with the plugin forced onto the database store and one limited route. */
async function limitedApp(ctx: AppContext, max: number) {
  const app = Fastify();
  registerErrorHandler(app);
  await app.register(rateLimitPlugin, { ctx, store: 'database' });
  app.post('/api/ping', { config: { rateLimit: { max, timeWindow: '1 minute' } } }, async () => ({
    ok: true,
  }));
  app.post('/api/other', { config: { rateLimit: { max, timeWindow: '1 minute' } } }, async () => ({
    ok: true,
  }));
  await app.ready();
  return app;
}

describe('the shared (database) rate-limit store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:10Z' });
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    t.clock.set('2026-03-02T01:00:10Z');
    await t.ctx.db.delete(rateLimitCounters);
  });

  it('aligns windows to their length, whatever the process zone', () => {
    const w = windowAt(new Date('2026-03-02T01:00:10.500Z'), MINUTE);
    expect(w.start.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-03-02T01:01:00.000Z');
  });

  it('gives each of 40 concurrent requests its own count (one upsert, no read-then-write)', async () => {
    const key = { routeKey: 'POST /api/auth/login', clientKey: '203.0.113.9' };
    const window = windowAt(t.clock.now(), MINUTE);
    const counts = await Promise.all(Array.from({ length: 40 }, () => countHit(t.ctx.db, key, window)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const rows = await t.ctx.db.select().from(rateLimitCounters);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.count).toBe(40);
  });

  it('counts per route, per client and per window; ttl is what is left of the window', async () => {
    const root = new DatabaseRateLimitStore(t.ctx);
    const login = root.child({
      routeInfo: { method: 'POST', url: '/api/auth/login' },
    }) as DatabaseRateLimitStore;
    const password = root.child({
      routeInfo: { method: 'POST', url: '/api/me/password' },
    }) as DatabaseRateLimitStore;
    expect(await incr(login, '10.0.0.1')).toEqual({ current: 1, ttl: 50_000 });
    expect(await incr(login, '10.0.0.1')).toEqual({ current: 2, ttl: 50_000 });
    expect((await incr(login, '10.0.0.2')).current).toBe(1);
    expect((await incr(password, '10.0.0.1')).current).toBe(1);
    t.clock.advance(49_999);
    expect(await incr(login, '10.0.0.1')).toEqual({ current: 3, ttl: 1 });
    t.clock.advance(1);
    expect(await incr(login, '10.0.0.1')).toEqual({ current: 1, ttl: MINUTE });
    const read = await new Promise((resolve, reject) =>
      login.read('10.0.0.1', (err, res) => (err ? reject(err) : resolve(res)), MINUTE),
    );
    expect(read).toEqual({ current: 1, ttl: MINUTE });
  });

  it('refuses route options it cannot honour', () => {
    const root = new DatabaseRateLimitStore(t.ctx);
    expect(() => root.child({ routeInfo: { method: 'POST', url: '/x' }, continueExceeding: true })).toThrow(
      /not supported/,
    );
  });

  it('makes two apps on one database share a limit: the request after max, on either, is 429 RATE_LIMITED', async () => {
    const a = await limitedApp(t.ctx, 3);
    const b = await limitedApp(t.ctx, 3);
    try {
      const hit = (app: typeof a, url = '/api/ping', remoteAddress = '198.51.100.4') =>
        app.inject({ method: 'POST', url, remoteAddress, headers: { 'accept-language': 'en' } });
      const first = await hit(a);
      const second = await hit(b);
      const third = await hit(a);
      expect([first, second, third].map((r) => r.statusCode)).toEqual([200, 200, 200]);
      expect([first, second, third].map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['2', '1', '0']);
      const limited = await hit(b);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED' });
      expect(limited.headers['retry-after']).toBe('50');
      // another route and another client have their own counts
      expect((await hit(b, '/api/other')).statusCode).toBe(200);
      expect((await hit(a, '/api/ping', '198.51.100.5')).statusCode).toBe(200);
      // the next window starts clean
      t.clock.advance(50_000);
      expect((await hit(a)).statusCode).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('purges ended windows with the recurring job, keeping the current one', async () => {
    const key = { routeKey: 'POST /api/auth/login', clientKey: '203.0.113.9' };
    await countHit(t.ctx.db, key, windowAt(t.clock.now(), MINUTE));
    await runDueJobs(t.ctx, { only: [PURGE_JOB] }); // stores the schedule: next run at 01:41
    t.clock.set('2026-03-02T01:40:59Z');
    await countHit(t.ctx.db, key, windowAt(t.clock.now(), MINUTE));
    expect(await t.ctx.db.select().from(rateLimitCounters)).toHaveLength(2);
    expect(await runDueJobs(t.ctx, { only: [PURGE_JOB] })).toBe(0);
    t.clock.set('2026-03-02T01:41:00Z');
    expect(await runDueJobs(t.ctx, { only: [PURGE_JOB] })).toBe(1);
    const left = await t.ctx.db.select().from(rateLimitCounters);
    // 01:40's window ends at 01:41:00, the purge time: it is gone too
    expect(left).toEqual([]);
    t.clock.set('2026-03-02T01:41:30Z');
    await countHit(t.ctx.db, key, windowAt(t.clock.now(), MINUTE));
    t.clock.set('2026-03-02T02:41:00Z');
    await countHit(t.ctx.db, key, windowAt(t.clock.now(), MINUTE));
    expect(await runDueJobs(t.ctx, { only: [PURGE_JOB] })).toBe(1);
    const kept = await t.ctx.db.select().from(rateLimitCounters);
    expect(kept.map((r) => r.windowStart.toISOString())).toEqual(['2026-03-02T02:41:00.000Z']);
  });
});

import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/client';
import { seedTestOrg, TEST_PASSWORD } from '../../test/fixtures';
import { createTestApp, type TestApp, testConfig } from '../../test/harness';

const LIMIT = 5;
const limited = () => ({ auth: { ...testConfig().auth, rateLimitPerMinute: LIMIT } });

/** A second app on the same PostgreSQL database with its own pool: a second server process. */
async function secondProcess(first: TestApp): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const connectionString = first.database.pool?.options.connectionString;
  if (!connectionString) throw new Error('a second process needs a PostgreSQL server');
  const database = await openDatabase({ databaseUrl: connectionString, poolSize: 5 });
  const config = testConfig(limited());
  const { app } = await buildApp({ config, database, clock: first.clock, background: false });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

const login = (app: FastifyInstance, remoteAddress = '203.0.113.20', password = TEST_PASSWORD) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'zhangsan', password },
    remoteAddress,
    headers: { 'accept-language': 'en' },
  });

describe('the login rate limit across server processes (PostgreSQL only: npm run test:pg)', () => {
  let t: TestApp | undefined;
  let b: Awaited<ReturnType<typeof secondProcess>> | undefined;
  afterEach(async () => {
    await b?.close();
    await t?.close();
    b = undefined;
    t = undefined;
  });

  it('is one limit for two apps on one PostgreSQL database, and resets after the window', async () => {
    t = await createTestApp({ config: limited(), now: '2026-03-02T01:00:00Z' });
    await seedTestOrg(t.ctx.db);
    b = await secondProcess(t);
    const apps = [t.app, b.app];

    const answers = [];
    for (let i = 0; i < LIMIT; i++) answers.push(await login(apps[i % 2] as FastifyInstance));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(LIMIT).fill(200));
    // each process sees the other's attempts
    expect(answers.map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['4', '3', '2', '1', '0']);
    for (const app of apps) {
      const refused = await login(app);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({
        code: 'RATE_LIMITED',
        message: 'Too many requests; try again shortly',
      });
      expect(refused.headers['retry-after']).toBe('60');
    }
    // another client is not affected
    expect((await login(b.app, '198.51.100.30')).statusCode).toBe(200);

    t.clock.advance(59_999);
    expect((await login(b.app)).statusCode).toBe(429);
    t.clock.advance(1);
    expect((await login(b.app)).statusCode).toBe(200);
    expect((await login(t.app)).headers['x-ratelimit-remaining']).toBe('3');
  });
});

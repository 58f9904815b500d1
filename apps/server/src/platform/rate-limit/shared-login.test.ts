import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTestOrg, TEST_PASSWORD } from '../../test/fixtures';
import { createTestApp, type TestApp, testConfig } from '../../test/harness';
import { rateLimitStoreKind } from './plugin';
import { rateLimitCounters } from './tables';

const LIMIT = 5;
const limited = () => ({ auth: { ...testConfig().auth, rateLimitPerMinute: LIMIT } });

const login = (app: FastifyInstance, remoteAddress = '203.0.113.20', password = TEST_PASSWORD) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'zhangsan', password },
    remoteAddress,
    headers: { 'accept-language': 'en' },
  });

describe('the login rate limit store', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is counted in memory on the embedded store (one process), in the database on PostgreSQL', async () => {
    t = await createTestApp({ config: limited(), now: '2026-03-02T01:00:00Z' });
    await seedTestOrg(t.ctx.db);
    const kind = rateLimitStoreKind(t.ctx);
    expect(kind).toBe(t.database.kind === 'postgres' ? 'database' : 'memory');
    for (let i = 0; i < LIMIT; i++)
      expect((await login(t.app, '203.0.113.21', 'wrong-password')).statusCode).toBe(401);
    expect((await login(t.app, '203.0.113.21')).statusCode).toBe(429);
    const rows = await t.ctx.db.select().from(rateLimitCounters);
    if (kind === 'memory') expect(rows).toEqual([]);
    else
      expect(rows).toMatchObject([
        { routeKey: 'POST /api/auth/login', clientKey: '203.0.113.21', count: LIMIT + 1 },
      ]);
  });
});

import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../config';
import { seedTestOrg, TEST_PASSWORD } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';

/** The harness's auth settings (no slowdown, no rate limit in practice) with some changed. */
const authConfig = (overrides: Partial<Config['auth']>) => ({
  auth: {
    rateLimitPerMinute: 100_000,
    slowdownBaseMs: 0,
    lockThreshold: 10,
    lockMinutes: 15,
    ipLockThreshold: 50,
    ...overrides,
  },
});

describe('repeated failures: account lock, IP lock, slowdown, rate limit', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  async function start(overrides: Partial<Config['auth']> = {}) {
    const app = await createTestApp({ config: authConfig(overrides), now: '2026-03-02T01:00:00Z' });
    t = app;
    return { app, org: await seedTestOrg(app.ctx.db) };
  }
  const login = (app: TestApp, username: string, password: string, remoteAddress = '127.0.0.1') =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });

  it('ten wrong passwords lock the account until the lock ends, even for the right password', async () => {
    const { app, org } = await start();
    for (let i = 1; i <= 9; i++) {
      expect((await login(app, 'zhangsan', `wrong-password-${i}`)).statusCode).toBe(401);
    }
    const tenth = await login(app, 'zhangsan', 'wrong-password-10');
    expect(tenth.statusCode).toBe(423);
    const { error } = tenth.json();
    expect(error.code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = new Date(error.details.lockedUntil);
    expect(lockedUntil.getTime()).toBe(app.clock.now().getTime() + 15 * 60_000);

    const refused = await login(app, 'zhangsan', TEST_PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.details.lockedUntil).toBe(error.details.lockedUntil);
    app.clock.advance(15 * 60_000 - 1_000);
    expect((await login(app, 'zhangsan', TEST_PASSWORD)).statusCode).toBe(423);
    // another account is not affected
    expect((await login(app, 'lisi', TEST_PASSWORD)).statusCode).toBe(200);

    app.clock.advance(2_000);
    expect((await login(app, 'zhangsan', TEST_PASSWORD)).statusCode).toBe(200);
    const [locked] = await app.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.account_locked'));
    expect(locked).toMatchObject({ entityId: org.users.staffA.id });
  });

  it('a successful sign-in resets the failure count', async () => {
    const { app } = await start({ lockThreshold: 3 });
    await login(app, 'zhangsan', 'wrong-password-1');
    await login(app, 'zhangsan', 'wrong-password-2');
    expect((await login(app, 'zhangsan', TEST_PASSWORD)).statusCode).toBe(200);
    expect((await login(app, 'zhangsan', 'wrong-password-3')).statusCode).toBe(401);
    expect((await login(app, 'zhangsan', 'wrong-password-4')).statusCode).toBe(401);
    expect((await login(app, 'zhangsan', 'wrong-password-5')).statusCode).toBe(423);
  });

  it('locks a client address after IP_LOCK_THRESHOLD failures, whatever the usernames', async () => {
    const { app } = await start({ ipLockThreshold: 5 });
    const attacker = '203.0.113.7';
    await login(app, 'zhangsan', 'wrong-password-1', attacker);
    await login(app, 'lisi', 'wrong-password-2', attacker);
    await login(app, 'no-such-user', 'wrong-password-3', attacker);
    await login(app, 'wangwu', 'wrong-password-4', attacker);
    expect((await login(app, 'zhaoliu', 'wrong-password-5', attacker)).statusCode).toBe(401);

    const blocked = await login(app, 'sunqi', TEST_PASSWORD, attacker);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('IP_LOCKED');
    expect(blocked.json().error.details.lockedUntil).toBeTruthy();
    // other addresses are not affected
    expect((await login(app, 'sunqi', TEST_PASSWORD, '198.51.100.1')).statusCode).toBe(200);
    app.clock.advance(16 * 60_000);
    expect((await login(app, 'sunqi', TEST_PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('an IP threshold of 1 locks on the first failure', async () => {
    const { app } = await start({ ipLockThreshold: 1 });
    expect((await login(app, 'zhangsan', 'wrong-password-1', '203.0.113.8')).statusCode).toBe(401);
    expect((await login(app, 'zhangsan', TEST_PASSWORD, '203.0.113.8')).statusCode).toBe(429);
  });

  it('slows down repeated failures when AUTH_SLOWDOWN_BASE_MS > 0', async () => {
    const { app } = await start({ slowdownBaseMs: 300 });
    const timed = async (password: string) => {
      const started = performance.now();
      const res = await login(app, 'zhangsan', password);
      return { status: res.statusCode, ms: performance.now() - started };
    };
    await timed('wrong-password-1');
    await timed('wrong-password-2');
    const third = await timed('wrong-password-3');
    const fourth = await timed('wrong-password-4');
    expect(third.status).toBe(401);
    expect(third.ms).toBeGreaterThanOrEqual(300);
    expect(fourth.ms).toBeGreaterThanOrEqual(600);
  });

  it('rate-limits /api/auth/login per client with 429 RATE_LIMITED', async () => {
    const { app } = await start({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await login(app, 'zhangsan', TEST_PASSWORD)).statusCode).toBe(200);
    const limited = await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zhangsan', password: TEST_PASSWORD },
      headers: { 'accept-language': 'en' },
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many requests; try again shortly',
    });
    expect(limited.headers['retry-after']).toBeTruthy();
    expect((await login(app, 'zhangsan', TEST_PASSWORD, '198.51.100.2')).statusCode).toBe(200);
  });
});

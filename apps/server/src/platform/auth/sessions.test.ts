import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';

const MINUTE = 60_000;

describe('session lifetime and CSRF', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    // defaults: 120 idle minutes, 12 absolute hours
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  const sessionStatus = async (who: LoggedIn) =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: who.cookie } }))
      .statusCode;
  const logout = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });

  it('expires after the idle time, and activity keeps it alive', async () => {
    const who = await loginAs(t.app, 'zhangsan');
    t.clock.advance(119 * MINUTE);
    expect(await sessionStatus(who)).toBe(200);
    t.clock.advance(119 * MINUTE);
    expect(await sessionStatus(who)).toBe(200);
    t.clock.advance(121 * MINUTE);
    expect(await sessionStatus(who)).toBe(401);
  });

  it('expires at the absolute limit however active it is', async () => {
    const who = await loginAs(t.app, 'lisi');
    // active every 100 minutes (inside the idle limit) up to 11 h 59 min
    for (let elapsed = 100; elapsed <= 700; elapsed += 100) {
      t.clock.advance(100 * MINUTE);
      expect(await sessionStatus(who), `after ${elapsed} minutes`).toBe(200);
    }
    t.clock.advance(19 * MINUTE);
    expect(await sessionStatus(who)).toBe(200);
    t.clock.advance(2 * MINUTE);
    expect(await sessionStatus(who)).toBe(401);
  });

  it("a deactivated user's session answers 401 at once", async () => {
    const who = await loginAs(t.app, 'wangwu');
    expect(await sessionStatus(who)).toBe(200);
    await t.ctx.db.execute(sql`update users set active = false where id = ${org.users.unitAdminA.id}`);
    expect(await sessionStatus(who)).toBe(401);
    // and its mutations are anonymous, not merely refused for CSRF
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: who.headers,
      payload: { currentPassword: 'x', newPassword: 'y' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('a cookie mutation without X-CSRF-Token is 403 CSRF_TOKEN_INVALID', async () => {
    const who = await loginAs(t.app, 'zhaoliu');
    const res = await logout({ cookie: who.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect(await sessionStatus(who)).toBe(200);
  });

  it("a wrong token, or another session's token, is 403", async () => {
    const who = await loginAs(t.app, 'zhaoliu');
    const other = await loginAs(t.app, 'sunqi');
    for (const token of ['wrong', `${who.csrfToken}x`, other.csrfToken, '']) {
      const res = await logout({ cookie: who.cookie, 'x-csrf-token': token });
      expect(res.statusCode, token).toBe(403);
      expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
    }
    expect(await sessionStatus(who)).toBe(200);
  });

  it('the right token passes', async () => {
    const who = await loginAs(t.app, 'zhaoliu');
    expect((await logout(who.headers)).statusCode).toBe(200);
    expect(await sessionStatus(who)).toBe(401);
  });

  it('CSRF is checked before the body: a forged request with a bad body is still 403', async () => {
    const who = await loginAs(t.app, 'sunqi');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { cookie: who.cookie, 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('sign-in itself needs no token, even with a session cookie present', async () => {
    const who = await loginAs(t.app, 'sunqi');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: who.cookie },
      payload: { username: 'sunqi', password: 'Houqin-test-2026' },
    });
    expect(res.statusCode).toBe(200);
  });
});

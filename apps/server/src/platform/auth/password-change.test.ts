import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, TEST_PASSWORD, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';

describe('POST /api/me/password', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  const change = (who: LoggedIn, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { ...who.headers, ...headers },
      payload: body as Record<string, unknown>,
    });
  const sessionStatus = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode;

  it('refuses a wrong current password with 422 PASSWORD_INCORRECT naming the field', async () => {
    const who = await loginAs(t.app, 'zhangsan');
    const res = await change(who, { currentPassword: 'not-it-123', newPassword: 'Brand-new-pass-2026' });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('PASSWORD_INCORRECT');
    expect(error.issues).toEqual([{ path: 'body.currentPassword', message: '当前密码不正确' }]);
    expect(await sessionStatus(who.cookie)).toBe(200);
  });

  it.each([
    ['too short', 'Short-1'],
    ['no digit', 'Only-letters-here'],
    ['no letter', '12345678901234'],
    ['the username', 'zhangsan'],
    ['well known', 'Password123'],
  ])('refuses a weak new password (%s) with 422 PASSWORD_POLICY', async (_why, newPassword) => {
    const who = await loginAs(t.app, 'zhangsan');
    const res = await change(
      who,
      { currentPassword: TEST_PASSWORD, newPassword },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('PASSWORD_POLICY');
    expect(error.details).toEqual({ minLength: 10 });
    expect(error.issues[0].path).toBe('body.newPassword');
    expect(error.message).toMatch(/at least 10 characters/);
  });

  it('changes it: a new session and token, the old cookie and every other session revoked', async () => {
    await t.ctx.db.execute(
      sql`update users set must_change_password = true where id = ${org.users.staffB.id}`,
    );
    const current = await loginAs(t.app, 'lisi');
    const elsewhere = await loginAs(t.app, 'lisi');
    const bystander = await loginAs(t.app, 'wangwu');
    const newPassword = 'Brand-new-pass-2026';

    const res = await change(current, { currentPassword: TEST_PASSWORD, newPassword });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: org.users.staffB.id, mustChangePassword: false });
    expect(body.csrfToken).not.toBe(current.csrfToken);
    const cookie = res.cookies.find((c) => c.name === 'houqin_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.value).not.toBe(current.cookie.split('=')[1]);

    expect(await sessionStatus(current.cookie)).toBe(401);
    expect(await sessionStatus(elsewhere.cookie)).toBe(401);
    expect(await sessionStatus(bystander.cookie)).toBe(200);
    const fresh = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `houqin_sid=${cookie?.value}` },
    });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().csrfToken).toBe(body.csrfToken);

    const oldLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lisi', password: TEST_PASSWORD },
    });
    expect(oldLogin.statusCode).toBe(401);
    await loginAs(t.app, 'lisi', newPassword);

    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.password_changed'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: org.users.staffB.id, entityId: org.users.staffB.id });
    expect(JSON.stringify(entries)).not.toContain(newPassword);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-2026' },
    });
    expect(res.statusCode).toBe(401);
  });
});

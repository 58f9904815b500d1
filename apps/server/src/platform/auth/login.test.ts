import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, seedTestOrg, TEST_PASSWORD, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';

describe('sign-in, session, sign-out', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const session = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/auth/session', headers: cookie ? { cookie } : {} });

  it('signs in: 200 {user, csrfToken} and an httpOnly SameSite=Lax session cookie', async () => {
    const res = await login('ZhangSan', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      id: org.users.staffA.id,
      username: 'zhangsan',
      displayName: '张三',
      unitId: org.unitA,
      unitName: '区发改局',
      roles: ['staff'],
      mustChangePassword: false,
    });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'houqin_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    expect(cookie?.maxAge).toBe(t.ctx.config.session.absoluteHours * 3600);
  });

  it('GET /api/auth/session: the same body with the cookie, 401 without', async () => {
    const signedIn = await loginAs(t.app, 'lisi');
    const res = await session(signedIn.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: expect.objectContaining({ id: org.users.staffB.id, username: 'lisi' }),
      csrfToken: signedIn.csrfToken,
    });
    const anonymous = await session();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    expect((await session('houqin_sid=forged-token')).statusCode).toBe(401);
  });

  it('wrong password and unknown user both answer 401 INVALID_CREDENTIALS', async () => {
    const wrong = await login('lisi', 'not-the-password-1');
    const unknown = await login('nobody-here', 'not-the-password-1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(res.cookies.find((c) => c.name === 'houqin_sid')).toBeUndefined();
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('logout revokes the session and clears the cookie', async () => {
    const signedIn = await loginAs(t.app, 'wangwu');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: signedIn.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(res.cookies.find((c) => c.name === 'houqin_sid')?.value).toBe('');
    expect((await session(signedIn.cookie)).statusCode).toBe(401);
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'auth.logout'));
    expect(entry).toMatchObject({ actorId: org.users.unitAdminA.id, entityId: org.users.unitAdminA.id });
  });

  it('logout without a session is harmless', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(res.statusCode).toBe(200);
  });

  it('audits sign-in success and failure, never with the password', async () => {
    const secret = 'Wrong-secret-guess-42';
    await login('sunqi', secret);
    await loginAs(t.app, 'sunqi');
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['auth.login', 'auth.login_failed']));
    const mine = rows.filter((r) => r.entityId === org.users.logistics.id);
    const failed = mine.find((r) => r.action === 'auth.login_failed');
    const success = mine.find((r) => r.action === 'auth.login');
    expect(failed).toMatchObject({
      actorId: null,
      entityType: 'user',
      changes: { failedLogins: { before: 0, after: 1 } },
      ip: '127.0.0.1',
    });
    expect(success).toMatchObject({ actorId: org.users.logistics.id, actorName: '孙七', entityType: 'user' });
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(TEST_PASSWORD);
  });

  it('refuses a deactivated account with 403 ACCOUNT_DISABLED (right password only)', async () => {
    await t.ctx.db.execute(sql`update users set active = false where id = ${org.users.admin.id}`);
    const right = await login('sysadmin1', TEST_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await login('sysadmin1', 'not-the-password-1')).statusCode).toBe(401);
  });
});

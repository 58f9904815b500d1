import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';

describe('profile: /api/me', () => {
  let t: TestApp;
  let org: TestOrg;
  let staff: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    const admin = await loginAs(t.app, org.users.admin.username);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${org.users.staffA.id}`,
      headers: admin.headers,
      payload: { mobile: '+8613512345678', employeeCode: 'FG-007' },
    });
    expect(res.statusCode).toBe(200);
    staff = await loginAs(t.app, org.users.staffA.username);
  });
  afterAll(async () => t.close());

  it('returns the signed-in user with the mobile masked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: org.users.staffA.id,
      username: 'zhangsan',
      displayName: '张三',
      unitId: org.unitA,
      unitName: '区发改局',
      roles: ['staff'],
      locale: null,
      mustChangePassword: false,
      mobileMasked: '135****5678',
      employeeCode: 'FG-007',
    });
    expect(res.body).not.toContain('13512345678');
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('changes the language, audits it once, and the session follows', async () => {
    const patch = (locale: string | null) =>
      t.app.inject({ method: 'PATCH', url: '/api/me', headers: staff.headers, payload: { locale } });
    const res = await patch('en');
    expect(res.statusCode).toBe(200);
    expect(res.json().locale).toBe('en');
    expect((await patch('en')).statusCode).toBe(200); // no change, no second entry
    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.profile_updated'), eq(auditLog.entityId, org.users.staffA.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.changes).toEqual({ locale: { before: null, after: 'en' } });
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: staff.headers });
    expect(session.json().user.locale).toBe('en');
    expect((await patch(null)).json().locale).toBeNull();
  });

  it('refuses an unknown language (400 on body.locale) and a missing CSRF token (403)', async () => {
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: staff.headers,
      payload: { locale: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('body.locale');
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: staff.cookie },
      payload: { locale: 'en' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });
});

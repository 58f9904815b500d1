import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditLog } from '../../platform/audit/tables';
import { decryptText } from '../../platform/crypto';
import { type LoggedIn, loginAs, seedTestOrg, TEST_PASSWORD, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from './tables';

describe('users: /api/admin/users', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
  });
  afterAll(async () => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: 'chenjing',
    displayName: '陈静',
    mobile: '13912345678',
    employeeCode: 'E1001',
    unitId: org.unitA,
    roles: ['staff'],
    password: 'Chenjing-2026',
    ...overrides,
  });
  const create = (body: Record<string, unknown>, as = admin) =>
    t.app.inject({ method: 'POST', url: '/api/admin/users', headers: as.headers, payload: body });
  const list = (query: string, as: LoggedIn) =>
    t.app.inject({ method: 'GET', url: `/api/admin/users${query}`, headers: as.headers });
  const sessionOf = (as: LoggedIn) =>
    t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: as.cookie } });

  describe('creating', () => {
    it('creates a user (201) with a masked mobile and a must-change password, audited without secrets', async () => {
      const res = await create(newUser());
      expect(res.statusCode).toBe(201);
      const user = res.json();
      expect(user).toMatchObject({
        username: 'chenjing',
        displayName: '陈静',
        mobileMasked: '139****5678',
        employeeCode: 'E1001',
        unitId: org.unitA,
        unitName: '区发改局',
        roles: ['staff'],
        active: true,
        lockedUntil: null,
        lastLoginAt: null,
      });
      expect(JSON.stringify(user)).not.toContain('13912345678');

      const [entry] = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.created'), eq(auditLog.entityId, user.id)));
      expect(entry?.actorId).toBe(org.users.admin.id);
      expect(entry?.changes).toMatchObject({
        username: { after: 'chenjing' },
        mobileMasked: { after: '139****5678' },
        mustChangePassword: { after: true },
      });
      const text = JSON.stringify(entry?.changes);
      expect(text).not.toContain('13912345678');
      expect(text).not.toContain('Chenjing-2026');
      const keys = Object.keys(entry?.changes ?? {});
      expect(keys).not.toContain('password');
      expect(keys).not.toContain('passwordHash');
      expect(keys).not.toContain('mobile');
      expect(text).not.toContain('$argon2');

      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'chenjing', password: 'Chenjing-2026' },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json().user.mustChangePassword).toBe(true);
    });

    it('stores the mobile only encrypted', async () => {
      const rows = await queryRows<{ mobile_enc: string; mobile_masked: string }>(
        t.ctx.db,
        sql`select mobile_enc, mobile_masked from users where username = 'chenjing'`,
      );
      const row = rows[0];
      expect(row?.mobile_masked).toBe('139****5678');
      expect(row?.mobile_enc).toMatch(/^v1:/);
      expect(row?.mobile_enc).not.toContain('13912345678');
      expect(row?.mobile_enc).not.toContain('5678');
      expect(decryptText(t.ctx.keys.personalData, row?.mobile_enc ?? '')).toBe('13912345678');
    });

    it('refuses a username taken in another letter case with 409 USERNAME_TAKEN', async () => {
      const res = await create(newUser({ username: 'ChenJing', employeeCode: 'E1002' }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('USERNAME_TAKEN');
      expect(res.json().error.issues[0].path).toBe('body.username');
    });

    it('lets only one of two simultaneous creations of a name win (the unique index decides)', async () => {
      const results = await Promise.all([
        create(newUser({ username: 'racer', displayName: '赛跑者', employeeCode: null })),
        create(newUser({ username: 'RACER', displayName: '赛跑者', employeeCode: null })),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('USERNAME_TAKEN');
    });

    it('refuses a taken employee code with 409 EMPLOYEE_CODE_TAKEN', async () => {
      const res = await create(newUser({ username: 'chenjing2', employeeCode: 'E1001' }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('EMPLOYEE_CODE_TAKEN');
    });

    it('refuses a weak password with 422 PASSWORD_POLICY on body.password, writing nothing', async () => {
      for (const password of ['short1', 'onlyletters', '12345678901', 'weakuser01']) {
        const res = await create(newUser({ username: 'weakuser01', employeeCode: null, password }));
        expect(res.statusCode, password).toBe(422);
        expect(res.json().error.code).toBe('PASSWORD_POLICY');
        expect(res.json().error.issues[0].path).toBe('body.password');
      }
      expect(await t.ctx.db.select().from(users).where(eq(users.username, 'weakuser01'))).toHaveLength(0);
    });

    it('refuses an unknown unit (404 on body.unitId) and a bad mobile (400 on body.mobile)', async () => {
      const unknownUnit = await create(
        newUser({ username: 'nounit', employeeCode: null, unitId: '00000000-0000-4000-8000-000000000000' }),
      );
      expect(unknownUnit.statusCode).toBe(404);
      expect(unknownUnit.json().error.issues[0].path).toBe('body.unitId');
      const badMobile = await create(newUser({ username: 'badmobile', employeeCode: null, mobile: '12345' }));
      expect(badMobile.statusCode).toBe(400);
      expect(badMobile.json().error.issues[0].path).toBe('body.mobile');
    });
  });

  describe('editing', () => {
    it('edits fields and audits before/after with the masked mobile only', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${org.users.staffB.id}`,
        headers: admin.headers,
        payload: { displayName: '李四（借调）', mobile: '13700001111', roles: ['staff', 'room_admin'] },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ displayName: '李四（借调）', mobileMasked: '137****1111' });
      expect(res.json().roles).toEqual(['staff', 'room_admin']);
      const [entry] = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.updated'), eq(auditLog.entityId, org.users.staffB.id)));
      expect(entry?.changes).toMatchObject({
        displayName: { before: '李四', after: '李四（借调）' },
        mobileMasked: { before: null, after: '137****1111' },
        roles: { before: ['staff'], after: ['staff', 'room_admin'] },
      });
      expect(JSON.stringify(entry?.changes)).not.toContain('13700001111');
    });

    it('deactivating a user ends their sessions at once (401) and audits user.deactivated', async () => {
      const victim = await loginAs(t.app, org.users.staffB.username);
      expect((await sessionOf(victim)).statusCode).toBe(200);
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${org.users.staffB.id}`,
        headers: admin.headers,
        payload: { active: false },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().active).toBe(false);
      expect((await sessionOf(victim)).statusCode).toBe(401);
      const relogin = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: org.users.staffB.username, password: TEST_PASSWORD },
      });
      expect(relogin.statusCode).toBe(403);
      expect(relogin.json().error.code).toBe('ACCOUNT_DISABLED');
      const entries = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.deactivated'), eq(auditLog.entityId, org.users.staffB.id)));
      expect(entries).toHaveLength(1);
    });

    it('refuses deactivating oneself with 422 CANNOT_DEACTIVATE_SELF', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${org.users.admin.id}`,
        headers: admin.headers,
        payload: { active: false },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('CANNOT_DEACTIVATE_SELF');
      expect((await sessionOf(admin)).statusCode).toBe(200);
    });

    it('resetting a password revokes the sessions and forces a change at next sign-in', async () => {
      const victim = await loginAs(t.app, org.users.logistics.username);
      const weak = await t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${org.users.logistics.id}/reset-password`,
        headers: admin.headers,
        payload: { password: 'short' },
      });
      expect(weak.statusCode).toBe(422);
      expect((await sessionOf(victim)).statusCode).toBe(200);

      const res = await t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${org.users.logistics.id}/reset-password`,
        headers: admin.headers,
        payload: { password: 'Fresh-start-2026' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      expect((await sessionOf(victim)).statusCode).toBe(401);
      await expect(loginAs(t.app, org.users.logistics.username)).rejects.toThrow(/401/);
      const after = await loginAs(t.app, org.users.logistics.username, 'Fresh-start-2026');
      expect((await sessionOf(after)).json().user.mustChangePassword).toBe(true);
    });

    it('unlocks a locked account', async () => {
      const until = new Date(t.clock.now().getTime() + 10 * 60_000);
      await t.ctx.db
        .update(users)
        .set({ lockedUntil: until, failedLogins: 0 })
        .where(eq(users.id, org.users.auditor.id));
      const locked = await list('?q=zhaoliu', admin);
      expect(locked.json().items[0].lockedUntil).toBe(until.toISOString());
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${org.users.auditor.id}/unlock`,
        headers: admin.headers,
      });
      expect(res.statusCode).toBe(200);
      expect((await list('?q=zhaoliu', admin)).json().items[0].lockedUntil).toBeNull();
      await expect(loginAs(t.app, org.users.auditor.username)).resolves.toBeTruthy();
    });

    it('answers an unknown user id with 404 and a malformed id with 400', async () => {
      const missing = await t.app.inject({
        method: 'PATCH',
        url: '/api/admin/users/00000000-0000-4000-8000-000000000000',
        headers: admin.headers,
        payload: { displayName: 'x' },
      });
      expect(missing.statusCode).toBe(404);
      const malformed = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users/not-a-uuid/unlock',
        headers: admin.headers,
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.issues[0].path).toBe('params.id');
    });
  });

  describe('listing', () => {
    it('filters by text, role and state, and pages', async () => {
      const byText = (await list('?q=%E9%99%88', admin)).json(); // 陈
      expect(byText.items.map((u: { username: string }) => u.username)).toEqual(['chenjing']);
      const byRole = (await list('?role=auditor', admin)).json();
      expect(byRole.items.map((u: { username: string }) => u.username)).toEqual(['zhaoliu']);
      const inactive = (await list('?active=false', admin)).json();
      expect(inactive.items.map((u: { username: string }) => u.username)).toEqual(['lisi']);
      const page = (await list('?pageSize=2&page=2', admin)).json();
      expect(page).toMatchObject({ page: 2, pageSize: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(7);
      const literal = (await list('?q=%25', admin)).json(); // "%" is searched literally
      expect(literal.total).toBe(0);
    });

    it('rejects unknown query parameters with 400 naming them', async () => {
      const res = await list('?colour=red', admin);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0].path).toBe('query.colour');
    });
  });
});

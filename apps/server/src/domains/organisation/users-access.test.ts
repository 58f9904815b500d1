import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from './tables';
import { csvOf, IMPORT_HEADER, multipartFile } from './test-uploads';

describe('users: who may do what', () => {
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

  it('refuses every sysadmin route to staff with 403 FORBIDDEN', async () => {
    const staff = await loginAs(t.app, org.users.staffA.username);
    const id = org.users.staffB.id;
    const calls = [
      { method: 'GET', url: '/api/admin/users' },
      { method: 'GET', url: '/api/admin/users/export.xlsx' },
      { method: 'GET', url: '/api/admin/users/import-template.xlsx' },
      { method: 'POST', url: '/api/admin/users', payload: newUser({ username: 'nope1' }) },
      { method: 'PATCH', url: `/api/admin/users/${id}`, payload: { active: false } },
      {
        method: 'POST',
        url: `/api/admin/users/${id}/reset-password`,
        payload: { password: 'Another-2026-x' },
      },
      { method: 'POST', url: `/api/admin/users/${id}/unlock` },
      { method: 'GET', url: '/api/admin/summary' },
      { method: 'POST', url: '/api/admin/units', payload: { name: 'x', code: 'X', parentId: null } },
      { method: 'PATCH', url: `/api/admin/units/${org.unitA}`, payload: { name: 'x' } },
      { method: 'DELETE', url: `/api/admin/units/${org.unitB}` },
    ] as const;
    for (const call of calls) {
      const res = await t.app.inject({ ...call, headers: staff.headers });
      expect(res.statusCode, `${call.method} ${call.url}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const file = csvOf([IMPORT_HEADER, ['nope2', 'x', '', '', 'FGJ', 'staff', 'Nope2-2026-pw']]);
    const upload = multipartFile('users.csv', file);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/import',
      headers: { ...staff.headers, ...upload.headers },
      payload: upload.payload,
    });
    expect(imported.statusCode).toBe(403);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, id));
    expect(row?.active).toBe(true);
  });

  it('answers anonymous callers with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users' });
    expect(res.statusCode).toBe(401);
  });

  it('shows a unit_admin only the users of their own unit', async () => {
    const unitAdmin = await loginAs(t.app, org.users.unitAdminA.username);
    const res = await list('?pageSize=200', unitAdmin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((u: { unitId: string }) => u.unitId === org.unitA)).toBe(true);
    expect(body.total).toBe(body.items.length);
    const other = await list(`?unitId=${org.unitB}`, unitAdmin);
    expect(other.json()).toMatchObject({ items: [], total: 0 });
  });

  it('lets an auditor list everyone but not create (403)', async () => {
    const auditor = await loginAs(t.app, org.users.auditor.username);
    const res = await list('?pageSize=200', auditor);
    expect(res.statusCode).toBe(200);
    const unitIds = new Set(res.json().items.map((u: { unitId: string }) => u.unitId));
    expect(unitIds).toEqual(new Set([org.rootUnitId, org.unitA, org.unitB]));
    const created = await create(newUser({ username: 'byauditor' }), auditor);
    expect(created.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(users).where(eq(users.username, 'byauditor'))).toHaveLength(0);
  });

  it('lets a logistics_admin list everyone but not edit (403)', async () => {
    const logistics = await loginAs(t.app, org.users.logistics.username);
    const res = await list('?pageSize=200', logistics);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(6);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${org.users.staffA.id}`,
      headers: logistics.headers,
      payload: { displayName: '改名' },
    });
    expect(patch.statusCode).toBe(403);
  });
});

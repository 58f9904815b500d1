import { roles } from '@houqin/contracts';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, users } from '../domains/organisation/tables';
import { auditLog } from '../platform/audit/tables';
import { loginAs, seedTestOrg } from '../test/fixtures';
import { createTestApp, type TestApp } from '../test/harness';
import { DEMO_PASSWORD } from './demo';
import { type FirstStartResult, seedOnFirstStart } from './first-start';

const countOf = async (t: TestApp, table: typeof users | typeof units) =>
  (await t.ctx.db.select({ n: count() }).from(table))[0]?.n ?? 0;

describe('first start with demo data (the default)', () => {
  let t: TestApp;
  let printed = '';
  let result: FirstStartResult;

  beforeAll(async () => {
    t = await createTestApp({ config: { demo: true, adminPassword: undefined } });
    result = await seedOnFirstStart(t.ctx, { write: (text) => (printed += text) });
  });
  afterAll(async () => t.close());

  it('creates admin with a generated strong password, printed once, to be changed at first sign-in', async () => {
    expect(result.seeded).toBe(true);
    const password = result.seeded ? result.adminPassword : undefined;
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{18}$/);
    expect(printed.split(password ?? '-').length - 1).toBe(1);
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ roles: ['staff', 'sysadmin'], mustChangePassword: true });
  });

  it('seeds the demo district: ~10 units, ~60 users, every role, a unit_admin in every unit', async () => {
    expect(await countOf(t, units)).toBe(11);
    const people = await t.ctx.db.select().from(users);
    expect(people.length).toBe(63);
    const held = new Set(people.flatMap((u) => u.roles));
    for (const role of roles) expect(held, role).toContain(role);
    const unitRows = await t.ctx.db.select().from(units);
    const root = unitRows.find((u) => u.parentId === null);
    expect(root?.name).toBe('临江区人民政府');
    for (const unit of unitRows.filter((u) => u.parentId !== null)) {
      const admins = people.filter((p) => p.unitId === unit.id && p.roles.includes('unit_admin'));
      expect(admins.length, unit.name).toBeGreaterThan(0);
    }
    expect(people.every((p) => /[\u4e00-\u9fa5]/.test(p.displayName))).toBe(true);
    const demo = people.filter((p) => p.username !== 'admin');
    expect(demo.every((p) => p.mobileEnc?.startsWith('v1:') && p.mobileMasked?.includes('****'))).toBe(true);
    expect(new Set(demo.map((p) => p.employeeCode)).size).toBe(demo.length);
    expect(new Set(demo.map((p) => p.passwordHash)).size).toBe(1); // hashed once
  });

  it('prints the URL and one demo login per role, and each of them signs in', async () => {
    expect(printed).toContain('http://localhost:');
    expect(printed).toContain(DEMO_PASSWORD);
    const logins = result.seeded ? (result.demo?.logins ?? []) : [];
    expect(logins.map((l) => l.role).sort()).toEqual([...roles].sort());
    for (const login of logins) {
      expect(printed).toContain(login.username);
      const session = await loginAs(t.app, login.username, DEMO_PASSWORD);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
      expect(me.json().roles, login.username).toContain(login.role);
    }
  });

  it('audits what it created, as the system', async () => {
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'user.created'));
    expect(entries).toHaveLength(63);
    expect(entries.every((e) => e.actorId === null && e.userAgent === 'houqin-system')).toBe(true);
  });

  it('seeds the spaces: two buildings with their floors, offices and meeting rooms', async () => {
    const session = await loginAs(t.app, 'admin', result.seeded ? result.adminPassword : undefined);
    const res = await t.app.inject({ method: 'GET', url: '/api/spaces/buildings', headers: session.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; floors: { name: string }[]; roomCount: number }[];
    expect(items.map((b) => [b.name, b.floors.map((f) => f.name).join(',')])).toEqual([
      ['行政中心A座', '1F,2F,3F,4F,5F,6F'],
      ['行政中心B座', '1F,2F,3F,4F'],
    ]);
    const meeting = await t.app.inject({
      method: 'GET',
      url: '/api/spaces/rooms?use=meeting&pageSize=50',
      headers: session.headers,
    });
    expect(meeting.json().items.map((r: { number: string }) => r.number)).toContain('A-310');
    const a301 = await t.app.inject({
      method: 'GET',
      url: '/api/spaces/rooms?q=A-301',
      headers: session.headers,
    });
    expect(a301.json().items[0]).toMatchObject({
      use: 'office',
      buildingName: '行政中心A座',
      floorName: '3F',
    });
    expect(a301.json().items[0].areaM2).toBeGreaterThan(0);
    const audited = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'room.created'));
    expect(audited.length).toBe(items.reduce((n, b) => n + b.roomCount, 0));
  });

  it('never seeds twice', async () => {
    let again = '';
    const second = await seedOnFirstStart(t.ctx, { write: (text) => (again += text) });
    expect(second).toEqual({ seeded: false });
    expect(again).toBe('');
    expect(await countOf(t, users)).toBe(63);
  });
});

describe('first start without demo data', () => {
  it('creates only the root unit and admin with HOUQIN_ADMIN_PASSWORD, printing no password', async () => {
    const t = await createTestApp({ config: { demo: false, adminPassword: 'Chosen-admin-2026' } });
    try {
      let printed = '';
      const result = await seedOnFirstStart(t.ctx, { write: (text) => (printed += text) });
      expect(result).toEqual({ seeded: true });
      expect(await countOf(t, units)).toBe(1);
      expect(await countOf(t, users)).toBe(1);
      expect(printed).not.toContain('Chosen-admin-2026');
      expect(printed).not.toContain(DEMO_PASSWORD);
      const session = await loginAs(t.app, 'admin', 'Chosen-admin-2026');
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
      expect(me.json().mustChangePassword).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('refuses a weak HOUQIN_ADMIN_PASSWORD, writing nothing', async () => {
    const t = await createTestApp({ config: { demo: true, adminPassword: 'admin' } });
    try {
      await expect(seedOnFirstStart(t.ctx, { write: () => {} })).rejects.toThrow(/HOUQIN_ADMIN_PASSWORD/);
      expect(await countOf(t, users)).toBe(0);
      expect(await countOf(t, units)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('leaves a database that has users alone, even with demo on', async () => {
    const t = await createTestApp({ config: { demo: true } });
    try {
      await seedTestOrg(t.ctx.db);
      const result = await seedOnFirstStart(t.ctx, { write: () => {} });
      expect(result).toEqual({ seeded: false });
      expect(await countOf(t, users)).toBe(6);
    } finally {
      await t.close();
    }
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { units } from './tables';

describe('units: /api/admin/units', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;
  let staff: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
    staff = await loginAs(t.app, org.users.staffA.username);
  });
  afterAll(async () => t.close());

  const create = (body: Record<string, unknown>, as = admin) =>
    t.app.inject({ method: 'POST', url: '/api/admin/units', headers: as.headers, payload: body });
  const patch = (id: string, body: Record<string, unknown>, as = admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/admin/units/${id}`, headers: as.headers, payload: body });
  const remove = (id: string, as = admin) =>
    t.app.inject({ method: 'DELETE', url: `/api/admin/units/${id}`, headers: as.headers });

  it('lists the tree flat, with parent links and user counts, to any signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/units', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      id: string;
      parentId: string | null;
      code: string;
      userCount: number;
    }[];
    const byCode = new Map(items.map((u) => [u.code, u]));
    expect(byCode.get('ROOT')?.parentId).toBeNull();
    expect(byCode.get('FGJ')?.parentId).toBe(org.rootUnitId);
    expect(byCode.get('FGJ')?.userCount).toBe(2); // zhangsan, wangwu
    expect(byCode.get('ROOT')?.userCount).toBe(3);
  });

  it('refuses the tree to anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lets only a sysadmin create units (staff → 403, nothing written)', async () => {
    const res = await create({ name: '区审计局', code: 'SJJ', parentId: org.rootUnitId }, staff);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const rows = await t.ctx.db.select().from(units).where(eq(units.code, 'SJJ'));
    expect(rows).toHaveLength(0);
  });

  it('creates a unit (201) and audits it', async () => {
    const res = await create({ name: '区审计局', code: 'SJJ', parentId: org.rootUnitId, sortOrder: 5 });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({
      name: '区审计局',
      code: 'SJJ',
      parentId: org.rootUnitId,
      sortOrder: 5,
      userCount: 0,
    });
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.created'), eq(auditLog.entityId, unit.id)));
    expect(entry?.actorId).toBe(org.users.admin.id);
    expect(entry?.changes).toMatchObject({ code: { before: null, after: 'SJJ' } });
  });

  it('answers a taken code with 409 UNIT_CODE_TAKEN naming the field', async () => {
    const res = await create({ name: '另一个发改局', code: 'FGJ', parentId: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('UNIT_CODE_TAKEN');
    expect(res.json().error.issues[0].path).toBe('body.code');
  });

  it('answers an unknown parent with 404 naming body.parentId', async () => {
    const res = await create({
      name: '孤儿',
      code: 'ORPHAN',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.issues[0].path).toBe('body.parentId');
  });

  it('renames without touching the order (PATCH sends only what changes)', async () => {
    const created = (
      await create({ name: '临时科', code: 'TMP1', parentId: org.unitA, sortOrder: 7 })
    ).json();
    const res = await patch(created.id, { name: '临时科（改）' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '临时科（改）',
      code: 'TMP1',
      sortOrder: 7,
      parentId: org.unitA,
    });
  });

  it('refuses moving a unit under itself or its own descendant (422 UNIT_CYCLE), and allows a real move', async () => {
    const child = (await create({ name: '综合科', code: 'FGJ-ZH', parentId: org.unitA })).json();
    const grandchild = (await create({ name: '综合科一组', code: 'FGJ-ZH-1', parentId: child.id })).json();

    const self = await patch(org.unitA, { parentId: org.unitA });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('UNIT_CYCLE');

    const underGrandchild = await patch(org.unitA, { parentId: grandchild.id });
    expect(underGrandchild.statusCode).toBe(422);
    expect(underGrandchild.json().error.code).toBe('UNIT_CYCLE');
    const [unchanged] = await t.ctx.db.select().from(units).where(eq(units.id, org.unitA));
    expect(unchanged?.parentId).toBe(org.rootUnitId);

    const move = await patch(child.id, { parentId: org.unitB });
    expect(move.statusCode).toBe(200);
    expect(move.json().parentId).toBe(org.unitB);
  });

  it('lets only one of two simultaneous crossing moves through (no loop A→B→A)', async () => {
    const x = (await create({ name: '甲科', code: 'RACE-X', parentId: org.rootUnitId })).json();
    const y = (await create({ name: '乙科', code: 'RACE-Y', parentId: org.rootUnitId })).json();
    const results = await Promise.all([patch(x.id, { parentId: y.id }), patch(y.id, { parentId: x.id })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const rows = await t.ctx.db.select().from(units).where(eq(units.parentId, org.rootUnitId));
    expect(rows.filter((u) => u.id === x.id || u.id === y.id)).toHaveLength(1);
  });

  it('refuses deleting a unit with sub-units (409 UNIT_HAS_CHILDREN) or users (409 UNIT_HAS_USERS)', async () => {
    const parent = (await create({ name: '上级', code: 'DEL-P', parentId: org.rootUnitId })).json();
    await create({ name: '下级', code: 'DEL-C', parentId: parent.id });
    const withChildren = await remove(parent.id);
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().error.code).toBe('UNIT_HAS_CHILDREN');

    const staffed = (await create({ name: '有人科', code: 'DEL-U', parentId: org.rootUnitId })).json();
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: {
        username: 'keyuan',
        displayName: '科员',
        unitId: staffed.id,
        roles: ['staff'],
        password: 'Keyuan-2026-pw',
      },
    });
    expect(user.statusCode).toBe(201);
    const withUsers = await remove(staffed.id);
    expect(withUsers.statusCode).toBe(409);
    expect(withUsers.json().error.code).toBe('UNIT_HAS_USERS');
    expect(await t.ctx.db.select().from(units).where(eq(units.id, staffed.id))).toHaveLength(1);
  });

  it('deletes an empty leaf unit and audits it; a second delete is 404', async () => {
    const leaf = (await create({ name: '撤销科', code: 'GONE', parentId: org.rootUnitId })).json();
    const res = await remove(leaf.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await t.ctx.db.select().from(units).where(eq(units.id, leaf.id))).toHaveLength(0);
    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.deleted'), eq(auditLog.entityId, leaf.id)));
    expect(entries).toHaveLength(1);
    expect((await remove(leaf.id)).statusCode).toBe(404);
  });

  it('refuses unit edits by staff (403) and unknown fields (400 naming the field)', async () => {
    expect((await patch(org.unitA, { name: 'x' }, staff)).statusCode).toBe(403);
    expect((await remove(org.unitA, staff)).statusCode).toBe(403);
    const res = await patch(org.unitA, { colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('body.colour');
  });
});

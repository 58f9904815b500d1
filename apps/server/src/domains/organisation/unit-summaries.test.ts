import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { units } from './tables';

describe('units for pickers: GET /api/units', () => {
  let t: TestApp;
  let org: TestOrg;
  let staff: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    staff = await loginAs(t.app, org.users.staffA.username);
    // a child of 区发改局 (listed under it, not after 区财政局) and a unit sorted before both;
    // a second root that sorts before ROOT by code
    await t.ctx.db.insert(units).values([
      { name: '发改局办公室', code: 'FGJ-BGS', parentId: org.unitA, sortOrder: 9 },
      { name: '区委办', code: 'QWB', parentId: org.rootUnitId, sortOrder: 0 },
      { name: '开发区管委会', code: 'KFQ', parentId: null, sortOrder: 0 },
    ]);
  });
  afterAll(async () => t.close());

  it('lists every unit to a staff user, only id, name and code, in the tree order', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units', headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; name: string; code: string }[];
    expect(items.map((u) => u.code)).toEqual(['KFQ', 'ROOT', 'QWB', 'FGJ', 'FGJ-BGS', 'CZJ']);
    expect(items).toContainEqual({ id: org.unitA, name: '区发改局', code: 'FGJ' });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['code', 'id', 'name']);
  });

  it('refuses anonymous callers with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from './tables';

describe('people directory', () => {
  let t: TestApp;
  let org: TestOrg;
  let staffA: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    staffA = await loginAs(t.app, org.users.staffA.username);
    await t.ctx.db.insert(users).values([
      {
        username: 'zhangsanfeng',
        displayName: '张三丰',
        unitId: org.unitB,
        roles: ['staff'],
        passwordHash: 'x',
        mobileMasked: '138****0000',
      },
      { username: 'xiaozhang', displayName: '小张', unitId: org.unitB, roles: ['staff'], passwordHash: 'x' },
      {
        username: 'zhanggone',
        displayName: '张离职',
        unitId: org.unitA,
        roles: ['staff'],
        passwordHash: 'x',
        active: false,
      },
      ...Array.from({ length: 25 }, (_, i) => ({
        username: `bulk${String(i).padStart(2, '0')}`,
        displayName: `批量${String(i).padStart(2, '0')}`,
        unitId: org.unitB,
        roles: ['staff' as const],
        passwordHash: 'x',
      })),
    ]);
  });
  afterAll(async () => t.close());

  const search = (query: string, as: LoggedIn | null = staffA) =>
    t.app.inject({ method: 'GET', url: `/api/people${query}`, headers: as?.headers ?? {} });

  it('finds active colleagues by name or username, prefix matches first, with only id, name and unit', async () => {
    const res = await search(`?q=${encodeURIComponent('张')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { id: org.users.staffA.id, displayName: '张三', unitName: '区发改局' },
      { id: expect.any(String), displayName: '张三丰', unitName: '区财政局' },
      { id: expect.any(String), displayName: '小张', unitName: '区财政局' },
    ]);
    const byUsername = await search('?q=LISI');
    expect(byUsername.json().items).toEqual([
      { id: org.users.staffB.id, displayName: '李四', unitName: '区财政局' },
    ]);
    expect((await search('?q=%25')).json().items).toEqual([]);
  });

  it('lists the own unit without q, at most 20 (or the limit asked)', async () => {
    const own = await search('');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.map((p: { displayName: string }) => p.displayName)).toEqual(['张三', '王五']);
    const many = await search(`?q=${encodeURIComponent('批量')}`);
    expect(many.json().items).toHaveLength(20);
    expect((await search(`?q=${encodeURIComponent('批量')}&limit=5`)).json().items).toHaveLength(5);
    const tooMany = await search('?q=a&limit=50');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.issues[0].path).toBe('query.limit');
    expect((await search('?q=a', null)).statusCode).toBe(401);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstSheet } from '../../platform/excel';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { XLSX_TYPE } from './test-uploads';

describe('user export: GET /api/admin/users/export.xlsx', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;

  beforeAll(async () => {
    // 01:30 UTC is 09:30 in Shanghai and 22:00 the day before in St John's (the tests' process TZ)
    t = await createTestApp({ now: '2026-03-02T01:30:00Z' });
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
    for (const [username, displayName, roles] of [
      ['wujun', '吴军', ['staff']],
      ['zhoumin', '周敏', ['staff', 'room_admin']],
      ['qianhao', '钱浩', ['staff']],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: admin.headers,
        payload: {
          username,
          displayName,
          unitId: org.unitA,
          roles,
          mobile: '13600001234',
          password: 'Export-test-2026',
        },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const exportAs = (query: string, as: LoggedIn) =>
    t.app.inject({ method: 'GET', url: `/api/admin/users/export.xlsx${query}`, headers: as.headers });
  const listAs = async (query: string, as: LoggedIn) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/admin/users?pageSize=200${query}`, headers: as.headers })
    ).json().items as { username: string; displayName: string; mobileMasked: string | null }[];

  it('returns a real workbook whose rows are the filtered list, with a title naming the filters', async () => {
    const query = `?unitId=${org.unitA}&role=staff&active=true`;
    const res = await exportAs(query, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");

    const sheet = await readFirstSheet(res.rawPayload);
    const [title, header, ...rows] = sheet;
    expect(title?.[0]).toContain('用户列表');
    expect(title?.[0]).toContain('单位：区发改局');
    expect(title?.[0]).toContain('角色：职工');
    expect(title?.[0]).toContain('状态：启用');
    expect(title?.[0]).toContain('导出时间：2026-03-02 09:30');
    expect(header?.slice(0, 7)).toEqual(['用户名', '姓名', '手机', '工号', '单位', '角色', '状态']);

    const listed = await listAs(`&unitId=${org.unitA}&role=staff&active=true`, admin);
    expect(listed.length).toBe(5);
    expect(rows.map((r) => r[0])).toEqual(listed.map((u) => u.username));
    expect(rows.map((r) => r[1])).toEqual(listed.map((u) => u.displayName));
    expect(rows.map((r) => r[2])).toEqual(listed.map((u) => u.mobileMasked ?? ''));
    expect(res.rawPayload.toString('latin1')).not.toContain('13600001234');
  });

  it('writes times as the deployment zone shows them, whatever the server TZ', async () => {
    const res = await exportAs('?q=zhoumin', admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(3);
    expect(row?.getCell(1).value).toBe('zhoumin');
    expect(row?.getCell(6).value).toBe('职工、会议室管理员');
    const created = row?.getCell(10).value;
    expect(created).toBeInstanceOf(Date);
    expect((created as Date).toISOString()).toBe('2026-03-02T09:30:00.000Z');
  });

  it('limits a unit_admin to their own unit, and says so in the title', async () => {
    const unitAdmin = await loginAs(t.app, org.users.unitAdminA.username);
    const res = await exportAs('', unitAdmin);
    expect(res.statusCode).toBe(200);
    const [title, , ...rows] = await readFirstSheet(res.rawPayload);
    expect(title?.[0]).toContain('范围：本单位（区发改局）');
    const listed = await listAs('', unitAdmin);
    expect(rows.map((r) => r[0])).toEqual(listed.map((u) => u.username));
    expect(rows.every((r) => r[4] === '区发改局')).toBe(true);
  });

  it('exports an empty filter result as title and header only', async () => {
    const res = await exportAs('?q=nobody-has-this', admin);
    const sheet = await readFirstSheet(res.rawPayload);
    expect(sheet).toHaveLength(2);
    expect(sheet[0]?.[0]).toContain('关键字：nobody-has-this');
  });
});

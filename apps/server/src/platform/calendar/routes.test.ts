import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';

describe('calendar API', () => {
  let t: TestApp;
  let org: TestOrg;
  let staff: LoggedIn;
  let admin: LoggedIn;
  let logistics: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-20T02:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    staff = await loginAs(t.app, org.users.staffA.username);
    admin = await loginAs(t.app, org.users.admin.username);
    logistics = await loginAs(t.app, org.users.logistics.username);
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, who?: LoggedIn, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { ...(who?.headers ?? {}), 'accept-language': 'en' } });
  const workdays = async (from: string, to: string) =>
    (await call('GET', `/api/calendar/workdays?from=${from}&to=${to}`, staff)).json();

  describe('GET /api/calendar/workdays', () => {
    it('answers 401 to anonymous callers', async () => {
      const res = await call('GET', '/api/calendar/workdays?from=2026-10-01&to=2026-10-02');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('lists each day with workday and, for holidays and adjusted workdays, a name', async () => {
      const res = await call('GET', '/api/calendar/workdays?from=2026-10-07&to=2026-10-11', staff);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([
        { date: '2026-10-07', workday: false, name: '国庆节' },
        { date: '2026-10-08', workday: true },
        { date: '2026-10-09', workday: true },
        { date: '2026-10-10', workday: true, name: '调休上班（国庆节）' },
        { date: '2026-10-11', workday: false },
      ]);
    });

    it('answers at most 400 days per call', async () => {
      const full = await call('GET', '/api/calendar/workdays?from=2026-01-01&to=2027-02-04', staff);
      expect(full.statusCode).toBe(200);
      expect(full.json()).toHaveLength(400);
      const tooLong = await call('GET', '/api/calendar/workdays?from=2026-01-01&to=2027-02-05', staff);
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'query.to', message: 'Field "query.to": the range may span at most 400 days' }],
      });
    });

    it.each([
      ['from=2026-10-02&to=2026-10-01', 'query.to'],
      ['from=2026-02-30&to=2026-03-01', 'query.from'],
      ['from=2026-10-01', 'query.to'],
      ['from=2026-10-01&to=2026-10-02&x=1', 'query.x'],
    ])('refuses %s naming %s', async (query, path) => {
      const res = await call('GET', `/api/calendar/workdays?${query}`, staff);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    });
  });

  describe('console', () => {
    const adminRoutes: [method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, payload?: object][] = [
      ['GET', '/api/admin/calendar?year=2026'],
      ['PUT', '/api/admin/calendar/days/2027-01-01', { workday: false }],
      ['DELETE', '/api/admin/calendar/days/2027-01-01'],
      ['POST', '/api/admin/calendar/import', { text: '2027-01-01,休,元旦' }],
      ['GET', '/api/admin/calendar/export.xlsx?year=2026'],
    ];

    it('answers 403 to staff and unit admins, 401 to anonymous callers', async () => {
      const unitAdmin = await loginAs(t.app, org.users.unitAdminA.username);
      for (const [method, url, payload] of adminRoutes) {
        for (const who of [staff, unitAdmin]) {
          const res = await call(method, url, who, payload);
          expect(res.statusCode, `${method} ${url}`).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
        expect((await call(method, url, undefined, payload)).statusCode).toBe(401);
      }
      expect(await workdays('2027-01-01', '2027-01-01')).toEqual([{ date: '2027-01-01', workday: true }]);
    });

    it('shows every day of a year with its source, and whether the package knows the year', async () => {
      const res = await call('GET', '/api/admin/calendar?year=2026', logistics);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ year: 2026, packageKnowsYear: true });
      expect(body.days).toHaveLength(365);
      expect(body.days.find((d: { date: string }) => d.date === '2026-10-01')).toEqual({
        date: '2026-10-01',
        workday: false,
        name: '国庆节',
        source: 'official',
        official: { workday: false, name: '国庆节' },
        updatedAt: expect.any(String),
        updatedByName: null,
      });
      expect(body.days[1]).toMatchObject({ date: '2026-01-02', source: 'official' });
      expect(body.days[4]).toMatchObject({
        date: '2026-01-05',
        workday: true,
        source: 'default',
        official: null,
      });
      const next = (await call('GET', '/api/admin/calendar?year=2027', admin)).json();
      expect(next.packageKnowsYear).toBe(false);
      expect(next.days.every((d: { source: string }) => d.source === 'default')).toBe(true);
      expect((await call('GET', '/api/admin/calendar?year=1999', admin)).statusCode).toBe(400);
    });

    it('sets a day of a year the package lacks (audited), and resets it to the weekday rule', async () => {
      const set = await call('PUT', '/api/admin/calendar/days/2027-01-01', admin, {
        workday: false,
        name: '元旦',
      });
      expect(set.statusCode).toBe(200);
      expect(set.json()).toMatchObject({
        date: '2027-01-01',
        workday: false,
        name: '元旦',
        source: 'admin',
        updatedByName: '系统管理员',
      });
      expect(await workdays('2027-01-01', '2027-01-01')).toEqual([
        { date: '2027-01-01', workday: false, name: '元旦' },
      ]);
      const [entry] = await queryRows<{ actor_id: string; changes: object }>(
        t.ctx.db,
        sql`select actor_id, changes from audit_log where action = 'calendar.day_set' and entity_id = '2027-01-01'`,
      );
      expect(entry?.actor_id).toBe(org.users.admin.id);
      expect(entry?.changes).toMatchObject({
        workday: { before: true, after: false },
        source: { before: 'default', after: 'admin' },
      });

      const reset = await call('DELETE', '/api/admin/calendar/days/2027-01-01', admin);
      expect(reset.json()).toMatchObject({
        date: '2027-01-01',
        workday: true,
        name: null,
        source: 'default',
      });
      expect(await workdays('2027-01-01', '2027-01-01')).toEqual([{ date: '2027-01-01', workday: true }]);
    });

    it('overrides an official day with a local exception, and resets it to the official arrangement', async () => {
      const local = await call('PUT', '/api/admin/calendar/days/2026-10-07', logistics, {
        workday: true,
        name: '值班',
        source: 'local',
      });
      expect(local.json()).toMatchObject({
        workday: true,
        source: 'local',
        official: { workday: false, name: '国庆节' },
      });
      expect(await workdays('2026-10-07', '2026-10-07')).toEqual([
        { date: '2026-10-07', workday: true, name: '值班' },
      ]);
      const reset = await call('DELETE', '/api/admin/calendar/days/2026-10-07', logistics);
      expect(reset.json()).toMatchObject({ workday: false, name: '国庆节', source: 'official' });
      expect(await workdays('2026-10-07', '2026-10-07')).toEqual([
        { date: '2026-10-07', workday: false, name: '国庆节' },
      ]);
      const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
        t.ctx.db,
        sql`select count(*)::int as n from audit_log where action = 'calendar.day_reset' and entity_id = '2026-10-07'`,
      );
      expect(n).toBe(1);
    });

    it('refuses a bad date or body naming the field', async () => {
      const badDate = await call('PUT', '/api/admin/calendar/days/2027-02-30', admin, { workday: true });
      expect(badDate.json().error.issues[0].path).toBe('params.date');
      const badBody = await call('PUT', '/api/admin/calendar/days/2027-02-01', admin, { workday: 'yes' });
      expect(badBody.json().error.issues[0].path).toBe('body.workday');
    });
  });

  it('exports a year as .xlsx: title, Chinese headers, a date cell per day', async () => {
    const res = await call('GET', '/api/admin/calendar/export.xlsx?year=2026', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('工作日历-2026.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(String(sheet.getCell('A1').value)).toMatch(
      /^2026 年工作日历（含国务院办公厅公布的节假日安排）导出于 2026-11-20 10:00/,
    );
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '日期',
      '星期',
      '类型',
      '名称',
      '来源',
      '官方安排',
      '修改人',
      '修改时间',
    ]);
    expect(sheet.rowCount).toBe(2 + 365);
    const nationalDay = sheet.getRow(2 + 274);
    expect((nationalDay.getCell(1).value as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(nationalDay.values).toEqual(
      expect.arrayContaining(['星期四', '休息日', '国庆节', '官方安排', '休 国庆节']),
    );
  });
});

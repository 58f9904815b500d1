import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { type LoggedIn, loginAs, seedTestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';

describe('calendar import (POST /api/admin/calendar/import)', () => {
  let t: TestApp;
  let staff: LoggedIn;
  let admin: LoggedIn;
  let logistics: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await seedTestOrg(t.ctx.db);
    staff = await loginAs(t.app, org.users.staffA.username);
    admin = await loginAs(t.app, org.users.admin.username);
    logistics = await loginAs(t.app, org.users.logistics.username);
  });
  afterAll(async () => t.close());

  const call = (url: string, who: LoggedIn, payload?: object) =>
    t.app.inject({
      method: payload ? 'POST' : 'GET',
      url,
      payload,
      headers: { ...who.headers, 'accept-language': 'en' },
    });
  const workdays = async (from: string, to: string) =>
    (await call(`/api/calendar/workdays?from=${from}&to=${to}`, staff)).json();

  const good = [
    '# 2027 样例（测试数据，非官方安排）',
    '2027-02-06,休,春节',
    '2027-02-07,班,春节调休上班',
    '2027-02-08,休,春节',
  ];

  it('imports nothing when any line is wrong, and reports each bad line', async () => {
    const res = await call('/api/admin/calendar/import', admin, {
      text: [...good, '2027-02-09,放,春节', '2027-02-31,休'].join('\n'),
    });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('CALENDAR_IMPORT_INVALID');
    expect(error.details.errors).toEqual([
      { line: 5, text: '2027-02-09,放,春节', message: 'the second item must be 休 or 班, got "放"' },
      { line: 6, text: '2027-02-31,休', message: 'invalid date: 2027-02-31 (expected YYYY-MM-DD)' },
    ]);
    expect(await workdays('2027-02-06', '2027-02-08')).toEqual([
      { date: '2027-02-06', workday: false },
      { date: '2027-02-07', workday: false },
      { date: '2027-02-08', workday: true },
    ]);
  });

  it('imports every line in one go, audited', async () => {
    const res = await call('/api/admin/calendar/import', logistics, { text: good.join('\n') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 3, errors: [] });
    expect(await workdays('2027-02-06', '2027-02-08')).toEqual([
      { date: '2027-02-06', workday: false, name: '春节' },
      { date: '2027-02-07', workday: true, name: '春节调休上班' },
      { date: '2027-02-08', workday: false, name: '春节' },
    ]);
    const [entry] = await queryRows<{ entity_id: string; changes: { days: { after: string[] } } }>(
      t.ctx.db,
      sql`select entity_id, changes from audit_log where action = 'calendar.imported'`,
    );
    expect(entry?.entity_id).toBe('2027-02-06..2027-02-08');
    expect(entry?.changes.days.after).toEqual([
      '2027-02-06 休 春节',
      '2027-02-07 班 春节调休上班',
      '2027-02-08 休 春节',
    ]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../test/harness';
import { systemCaller } from '../auth/actor';
import { setCalendarDay } from './admin-service';
import { officialDays, officialYears } from './official';
import { seedOfficialCalendar } from './seed';
import { isWorkday, listDays, nextWorkday, todayIn } from './service';

/** The 2025 and 2026 State Council arrangements (holiday-cn, checked against the notices' text). */
const reference = z
  .object({
    '2025': z.array(z.object({ date: z.string(), name: z.string(), isOffDay: z.boolean() })),
    '2026': z.array(z.object({ date: z.string(), name: z.string(), isOffDay: z.boolean() })),
  })
  .parse(
    JSON.parse(
      fs.readFileSync(
        path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata/cn-holidays-2025-2026.json'),
        'utf8',
      ),
    ),
  );

describe('workday calendar service', () => {
  let t: TestApp;

  beforeAll(async () => {
    // 2026-09-30T16:30Z: already 1 October in Shanghai, still 30 September (14:00) in St John's
    t = await createTestApp({ now: '2026-09-30T16:30:00Z' });
  });
  afterAll(async () => t.close());

  it('knows the package years up to 2026 and not 2027', () => {
    expect(officialYears.has(2004)).toBe(true);
    expect(officialYears.has(2026)).toBe(true);
    expect(officialYears.has(2027)).toBe(false);
  });

  it.each([...reference['2025'], ...reference['2026']])(
    '$date ($name) is a workday exactly when the notice says so',
    async ({ date, isOffDay }) => {
      expect(await isWorkday(t.ctx, date)).toBe(!isOffDay);
    },
  );

  it('has exactly the reference days as exceptions in 2025 and 2026 (33 and 39)', async () => {
    for (const year of ['2025', '2026'] as const) {
      const named = (await listDays(t.ctx, `${year}-01-01`, `${year}-12-31`)).filter((d) => d.name);
      expect(named.map((d) => d.date)).toEqual(reference[year].map((r) => r.date).sort());
    }
  });

  it('National Day 2026-10-01 is not a workday; the 调休 Saturday 10-10 and Sunday 09-20 are', async () => {
    expect(await isWorkday(t.ctx, '2026-10-01')).toBe(false);
    expect(await isWorkday(t.ctx, '2026-10-10')).toBe(true);
    expect(await isWorkday(t.ctx, '2026-09-20')).toBe(true);
    // a plain weekend and a plain Friday
    expect(await isWorkday(t.ctx, '2026-10-17')).toBe(false);
    expect(await isWorkday(t.ctx, '2026-10-18')).toBe(false);
    expect(await isWorkday(t.ctx, '2026-10-09')).toBe(true);
  });

  it('names holidays and adjusted workdays, and nothing else', async () => {
    expect(await listDays(t.ctx, '2026-09-30', '2026-10-02')).toEqual([
      { date: '2026-09-30', workday: true },
      { date: '2026-10-01', workday: false, name: '国庆节' },
      { date: '2026-10-02', workday: false, name: '国庆节' },
    ]);
    expect(await listDays(t.ctx, '2026-10-10', '2026-10-11')).toEqual([
      { date: '2026-10-10', workday: true, name: '调休上班（国庆节）' },
      { date: '2026-10-11', workday: false },
    ]);
    expect((await listDays(t.ctx, '2026-04-05', '2026-04-05'))[0]?.name).toBe('清明节');
    expect(await listDays(t.ctx, '2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('finds the next workday across National Day and onto adjusted workdays', async () => {
    expect(await nextWorkday(t.ctx, '2026-09-30')).toBe('2026-10-08');
    expect(await nextWorkday(t.ctx, '2026-10-01')).toBe('2026-10-08');
    expect(await nextWorkday(t.ctx, '2026-10-09')).toBe('2026-10-10');
    expect(await nextWorkday(t.ctx, '2026-10-10')).toBe('2026-10-12');
    // Mid-Autumn Friday 09-18 → the Sunday 09-20 is worked
    expect(await nextWorkday(t.ctx, '2026-09-18')).toBe('2026-09-20');
  });

  it("gives today's date in the deployment zone, not the process zone", () => {
    expect(todayIn(t.ctx)).toBe('2026-10-01');
    t.clock.set('2026-09-30T15:59:59Z');
    expect(todayIn(t.ctx)).toBe('2026-09-30');
  });

  it('follows Monday–Friday in 2027 until an administrator edits a day, then the edit wins', async () => {
    expect(await isWorkday(t.ctx, '2027-01-01')).toBe(true);
    expect(await isWorkday(t.ctx, '2027-01-02')).toBe(false);
    const admin = {
      ...systemCaller,
      actor: {
        id: crypto.randomUUID(),
        username: 'a',
        displayName: '管理员',
        unitId: crypto.randomUUID(),
        roles: ['sysadmin' as const],
      },
    };
    await setCalendarDay(t.ctx, admin, '2027-01-01', { workday: false, name: '元旦', source: 'admin' });
    expect(await isWorkday(t.ctx, '2027-01-01')).toBe(false);
    expect(await listDays(t.ctx, '2027-01-01', '2027-01-01')).toEqual([
      { date: '2027-01-01', workday: false, name: '元旦' },
    ]);
    expect(await nextWorkday(t.ctx, '2026-12-31')).toBe('2027-01-04');
  });

  it('caches a year for CALENDAR_CACHE_SECONDS: another process’s edit shows up after it (at once with 0)', async () => {
    const uncached = { ...t.ctx, config: { ...t.ctx.config, calendarCacheSeconds: 0 } };
    expect(await isWorkday(t.ctx, '2027-03-01')).toBe(true);
    // what another process's edit looks like from here: a row we did not write
    await t.ctx.db.execute(
      sql`insert into calendar_days (date, workday, name, source) values ('2027-03-01', false, '本地例外', 'local')`,
    );
    expect(await isWorkday(t.ctx, '2027-03-01')).toBe(true);
    expect(await isWorkday(uncached, '2027-03-01')).toBe(false);
  });
});

describe('official calendar seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { calendarCacheSeconds: 0 } });
  });
  afterAll(async () => t.close());

  const count = async (where = sql`true`) => {
    const result = (await t.ctx.db.execute(
      sql`select count(*)::int as n from calendar_days where ${where}`,
    )) as unknown as {
      rows: { n: number }[];
    };
    return result.rows[0]?.n;
  };

  it('has written every official day at start, and a second run writes nothing', async () => {
    expect(await count(sql`source = 'official'`)).toBe(officialDays.size);
    expect(officialDays.size).toBeGreaterThan(700);
    await seedOfficialCalendar(t.ctx);
    expect(await count(sql`source = 'official'`)).toBe(officialDays.size);
  });

  it('never overwrites administrator or local days, but repairs and prunes official ones', async () => {
    await t.ctx.db.execute(
      sql`update calendar_days set workday = true, source = 'local', name = '值班' where date = '2026-10-02'`,
    );
    await t.ctx.db.execute(sql`update calendar_days set workday = true where date = '2026-10-03'`);
    await t.ctx.db.execute(
      sql`insert into calendar_days (date, workday, name, source) values ('2030-01-01', false, '旧数据', 'official')`,
    );
    await seedOfficialCalendar(t.ctx);
    expect(await listDays(t.ctx, '2026-10-02', '2026-10-03')).toEqual([
      { date: '2026-10-02', workday: true, name: '值班' },
      { date: '2026-10-03', workday: false, name: '国庆节' },
    ]);
    expect(await count(sql`date = '2030-01-01'`)).toBe(0);
  });
});

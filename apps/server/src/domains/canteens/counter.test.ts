import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstSheet } from '../../platform/excel';
import { notifications } from '../../platform/notifications/tables';
import { runDueJobs } from '../../platform/scheduler';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { HEADCOUNT_LOCKED_NOTIFICATION, LOCK_HEADCOUNTS_JOB } from './jobs';
import { mealBookings, mealHeadcounts } from './tables';
import { addUser, caller, threeMeals } from './test-support';

describe('canteens: opt-out, headcount lock, counter, kitchen, statistics and statements', () => {
  let t: TestApp;
  let org: TestOrg;
  let call: ReturnType<typeof caller>;
  let optIn: string;
  let optOut: string;
  const people: Record<string, { id: string; username: string }> = {};
  const s: Record<string, LoggedIn> = {};

  const at = async (iso: string) => {
    t.clock.set(iso);
    for (const [key, u] of Object.entries(people)) s[key] = await loginAs(t.app, u.username);
  };

  beforeAll(async () => {
    // Mon 2026-10-12 10:00 in Shanghai (after that day's lunch cutoff)
    t = await createTestApp({ now: '2026-10-12T02:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    call = caller(t);
    Object.assign(people, {
      logistics: org.users.logistics,
      staffA: org.users.staffA,
      unitAdminA: org.users.unitAdminA,
      staffB: org.users.staffB,
      cook: await addUser(t.ctx.db, {
        username: 'cook',
        displayName: '厨师长',
        unitId: org.rootUnitId,
        roles: ['staff', 'canteen_staff'],
      }),
      b1: await addUser(t.ctx.db, {
        username: 'b1',
        displayName: '财一',
        unitId: org.unitB,
        roles: ['staff'],
      }),
      b2: await addUser(t.ctx.db, {
        username: 'b2',
        displayName: '财二',
        unitId: org.unitB,
        roles: ['staff'],
      }),
      b3: await addUser(t.ctx.db, {
        username: 'b3',
        displayName: '财三',
        unitId: org.unitB,
        roles: ['staff'],
      }),
    });
    await at('2026-10-12T02:00:00Z');
    optIn = (
      await call('POST', '/api/admin/canteens', s.logistics, {
        name: '一食堂',
        bookingMode: 'opt_in',
        meals: threeMeals,
      })
    ).body.id;
    optOut = (
      await call('POST', '/api/admin/canteens', s.cook, {
        name: '财政食堂',
        bookingMode: 'opt_out',
        servesAll: false,
        unitIds: [org.unitB],
        guestApprovalThreshold: 20,
        meals: threeMeals.slice(1, 2),
      })
    ).body.id;
    // the recurring jobs get their first occurrence now, before the clock moves
    await runDueJobs(t.ctx, { only: [LOCK_HEADCOUNTS_JOB] });
  });
  afterAll(async () => t.close());

  const verify = (payload: object) => call('POST', '/api/canteen-counter/verify', s.cook, payload);
  const passOf = async (who: string) => (await call('GET', '/api/meal-pass', s[who])).body;

  it('opt-out: the unit is booked by default, 不吃 and leave take people out', async () => {
    const week = await call('GET', `/api/canteens/${optOut}/week?weekOf=2026-10-13`, s.staffB);
    expect(week.body.bookingMode).toBe('opt_out');
    expect(week.body.days[1].meals[0]).toMatchObject({ meal: 'lunch', booked: true, kind: 'regular' });
    expect(week.body.days[5].meals[0].booked).toBe(false);
    const optedOut = await call('POST', '/api/meal-bookings/cancel', s.staffB, {
      canteenId: optOut,
      date: '2026-10-13',
      meal: 'lunch',
    });
    expect(optedOut.status).toBe(200);
    expect(optedOut.body.status).toBe('cancelled');
    const leave = await call('POST', '/api/meal-leaves', s.b1, {
      from: '2026-10-13',
      to: '2026-10-14',
      kind: 'leave',
    });
    expect(leave.body.cancelled).toBe(2);
    const after = await call('GET', `/api/canteens/${optOut}/week?weekOf=2026-10-13`, s.staffB);
    expect(after.body.days[1].meals[0].booked).toBe(false);
    expect(after.body.days[2].meals[0].booked).toBe(true);
    // staff elsewhere: an opt-in booking and a guest order at the opt-out canteen
    expect(
      (
        await call('POST', '/api/meal-bookings', s.staffA, {
          canteenId: optIn,
          date: '2026-10-13',
          meal: 'lunch',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('POST', '/api/meal-bookings', s.unitAdminA, {
          canteenId: optIn,
          date: '2026-10-13',
          meal: 'lunch',
        })
      ).status,
    ).toBe(201);
    const guests = await call('POST', '/api/guest-meals', s.unitAdminA, {
      canteenId: optOut,
      date: '2026-10-13',
      meal: 'lunch',
      guestCount: 5,
      reason: '调研接待',
    });
    expect(guests.body.status).toBe('approved');
  });

  it('locks the headcount at cutoff by the scheduler job, once, and notifies the canteen staff', async () => {
    // 09:29 Shanghai: nothing due yet
    await at('2026-10-13T01:29:00Z');
    await runDueJobs(t.ctx, { only: [LOCK_HEADCOUNTS_JOB] });
    const early = await t.ctx.db.select().from(mealHeadcounts).where(eq(mealHeadcounts.date, '2026-10-13'));
    // only breakfast (closed the evening before) is locked yet
    expect(early.map((h) => h.meal)).toEqual(['breakfast']);
    await at('2026-10-13T01:31:00Z');
    expect(await runDueJobs(t.ctx, { only: [LOCK_HEADCOUNTS_JOB] })).toBe(1);
    const locked = await t.ctx.db.select().from(mealHeadcounts).where(eq(mealHeadcounts.date, '2026-10-13'));
    const lunchAt = (id: string) => locked.find((h) => h.canteenId === id && h.meal === 'lunch');
    // unit B has staffB (不吃), b1 (leave), b2, b3
    expect(lunchAt(optOut)).toMatchObject({ staffCount: 2, guestCount: 5 });
    expect(lunchAt(optIn)).toMatchObject({ staffCount: 2, guestCount: 0 });
    const rows = await t.ctx.db
      .select()
      .from(mealBookings)
      .where(
        and(
          eq(mealBookings.canteenId, optOut),
          eq(mealBookings.date, '2026-10-13'),
          eq(mealBookings.status, 'booked'),
        ),
      );
    expect(rows.map((r) => r.userId).sort()).toEqual([people.b2?.id, people.b3?.id].sort());
    const notes = await t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, people.cook?.id ?? ''),
          eq(notifications.type, HEADCOUNT_LOCKED_NOTIFICATION),
        ),
      );
    expect(notes.map((n) => n.title)).toContain('财政食堂 2026-10-13 午餐报餐已截止');
    // a second run changes nothing
    t.clock.advance(120_000);
    await runDueJobs(t.ctx, { only: [LOCK_HEADCOUNTS_JOB] });
    expect(
      await t.ctx.db.select().from(mealHeadcounts).where(eq(mealHeadcounts.date, '2026-10-13')),
    ).toHaveLength(locked.length);
    // the sheet: printable data and .xlsx
    const sheet = await call('GET', `/api/canteens/${optOut}/headcount?date=2026-10-13&meal=lunch`, s.cook);
    expect(sheet.body.snapshot).toMatchObject({
      staff: 2,
      guests: 5,
      total: 7,
      byUnit: [{ unitName: '区财政局', count: 2 }],
    });
    expect(sheet.body.guestOrders).toEqual([
      { payingUnitName: '区发改局', guestCount: 5, reason: '调研接待' },
    ]);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/canteens/${optOut}/headcount.xlsx?date=2026-10-13&meal=lunch`,
      headers: s.cook?.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0]?.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(JSON.stringify(values)).toContain('"合计",7');
    expect(
      (await call('GET', `/api/canteens/${optOut}/headcount?date=2026-10-13&meal=lunch`, s.staffA)).status,
    ).toBe(403);
    // and the booking is closed
    const late = await call('POST', '/api/meal-bookings/cancel', s.b2, {
      canteenId: optOut,
      date: '2026-10-13',
      meal: 'lunch',
    });
    expect(late.body.error.code).toBe('BOOKING_CUTOFF_PASSED');
  });

  it('the counter: green once, then red already served; other canteen, not booked, expired and typed codes', async () => {
    await at('2026-10-13T03:40:00Z');
    const passA = await passOf('staffA');
    expect(passA.refreshAfterSeconds).toBe(60);
    expect(new Date(passA.expiresAt).getTime() - t.clock.now().getTime()).toBe(90_000);
    const green = await verify({ canteenId: optIn, meal: 'lunch', token: passA.token });
    expect(green.body).toMatchObject({
      result: 'green',
      diner: { displayName: '张三', unitName: '区发改局' },
      kind: 'regular',
    });
    const again = await verify({ canteenId: optIn, meal: 'lunch', token: passA.token });
    expect(again.body).toMatchObject({ result: 'red', reason: 'already_served' });
    const wrongPlace = await verify({ canteenId: optOut, meal: 'lunch', token: passA.token });
    expect(wrongPlace.body).toMatchObject({
      result: 'red',
      reason: 'other_canteen',
      bookedCanteenName: '一食堂',
    });
    const optedOut = await verify({
      canteenId: optOut,
      meal: 'lunch',
      token: (await passOf('staffB')).token,
    });
    expect(optedOut.body).toMatchObject({
      result: 'red',
      reason: 'not_booked',
      diner: { displayName: '李四' },
    });
    const walkIn = await call('POST', '/api/canteen-counter/walk-ins', s.cook, {
      canteenId: optOut,
      meal: 'lunch',
      userId: people.staffB?.id,
    });
    expect(walkIn.status).toBe(201);
    expect(walkIn.body).toMatchObject({ date: '2026-10-13', priceFen: 1800 });
    expect(
      (await verify({ canteenId: optOut, meal: 'lunch', token: (await passOf('b2')).token })).body.result,
    ).toBe('green');

    const old = await passOf('b3');
    t.clock.advance(90_000);
    expect((await verify({ canteenId: optOut, meal: 'lunch', token: old.token })).body).toMatchObject({
      result: 'red',
      reason: 'expired',
    });
    expect((await verify({ canteenId: optOut, meal: 'lunch', code: old.code })).body).toMatchObject({
      result: 'red',
      reason: 'expired',
    });
    expect((await verify({ canteenId: optOut, meal: 'lunch', token: `${old.token}x` })).body.reason).toBe(
      'invalid',
    );
    const fresh = await passOf('b3');
    const typed = await verify({ canteenId: optOut, meal: 'lunch', code: fresh.code.toLowerCase() });
    expect(typed.body).toMatchObject({ result: 'green', diner: { displayName: '财三' } });
    expect((await verify({ canteenId: optOut, meal: 'lunch', code: fresh.code })).body.reason).toBe(
      'expired',
    );
    expect(
      (
        await call('POST', '/api/canteen-counter/verify', s.staffA, {
          canteenId: optOut,
          meal: 'lunch',
          token: fresh.token,
        })
      ).status,
    ).toBe(403);
    const both = await verify({ canteenId: optOut, meal: 'lunch', token: fresh.token, code: fresh.code });
    expect(both.status).toBe(400);
  });

  it('the kitchen sees booked, served, remaining, guests, walk-ins and the locked count', async () => {
    const res = await call('GET', `/api/canteens/${optOut}/kitchen?date=2026-10-13`, s.cook);
    expect(res.status).toBe(200);
    expect(res.body.meals[0]).toMatchObject({
      meal: 'lunch',
      booked: 2,
      served: 2,
      remaining: 0,
      guests: 5,
      walkIns: 1,
      locked: { staff: 2, guests: 5, total: 7 },
    });
    const a = await call('GET', `/api/canteens/${optIn}/kitchen?date=2026-10-13`, s.cook);
    expect(a.body.meals.find((m: { meal: string }) => m.meal === 'lunch')).toMatchObject({
      booked: 2,
      served: 1,
      remaining: 1,
    });
    expect((await call('GET', `/api/canteens/${optIn}/kitchen`, s.staffA)).status).toBe(403);
  });

  it('statistics: no-shows by unit and person, walk-ins and estimated waste (days that are over)', async () => {
    await at('2026-10-14T02:00:00Z');
    const stats = await call('GET', '/api/admin/canteen-stats?from=2026-10-12&to=2026-10-31', s.logistics);
    expect(stats.status).toBe(200);
    expect(stats.body.to).toBe('2026-10-13');
    const lunch = stats.body.byMeal.find((m: { meal: string }) => m.meal === 'lunch');
    // booked: staffA + unitAdminA (opt-in), b2 + b3 (opt-out); served: staffA, b2, b3
    expect(lunch).toMatchObject({ booked: 4, served: 3, noShows: 1, walkIns: 1, guests: 5 });
    // cooked 2 + 7, eaten 1 + 2 + 5 + 1 walk-in: one portion over at the opt-in canteen
    expect(lunch.estimatedWasted).toBe(1);
    expect(stats.body.totals).toMatchObject({ booked: 4, served: 3, noShows: 1, noShowRate: 0.25 });
    expect(stats.body.byPerson).toEqual([
      expect.objectContaining({ displayName: '王五', booked: 1, noShows: 1, noShowRate: 1 }),
    ]);
    const unitA = stats.body.byUnit.find((u: { unitName: string }) => u.unitName === '区发改局');
    expect(unitA).toMatchObject({ booked: 2, served: 1, noShows: 1, noShowRate: 0.5 });
    expect(stats.body.trend).toEqual([{ date: '2026-10-13', booked: 4, served: 3, noShows: 1, walkIns: 1 }]);
    const unitScope = await call(
      'GET',
      '/api/admin/canteen-stats?from=2026-10-12&to=2026-10-31',
      s.unitAdminA,
    );
    expect(unitScope.body.totals).toMatchObject({ booked: 2, served: 1, walkIns: 0 });
    expect(
      (await call('GET', '/api/admin/canteen-stats?from=2026-10-12&to=2026-10-31', s.staffA)).status,
    ).toBe(403);

    // the same numbers as .xlsx, table by table
    const units = await call(
      'GET',
      '/api/admin/canteen-stats/units.xlsx?from=2026-10-12&to=2026-10-31',
      s.logistics,
    );
    expect(units.status).toBe(200);
    const [title, header, ...rows] = await readFirstSheet(units.raw.rawPayload);
    expect(title?.[0]).toBe('报餐统计（按单位，2026-10-12 至 2026-10-13）');
    expect(header).toEqual(['单位', '报餐', '就餐', '未就餐', '未就餐率（%）']);
    expect(rows.find((r) => r[0] === '区发改局')).toEqual(['区发改局', '2', '1', '1', '50']);
    const meals = await readFirstSheet(
      (await call('GET', '/api/admin/canteen-stats/meals.xlsx?from=2026-10-12&to=2026-10-31', s.logistics))
        .raw.rawPayload,
    );
    expect(meals.find((r) => r[0] === '午餐')).toEqual(['午餐', '4', '3', '1', '5', '1', '1']);
    const forbidden = await call(
      'GET',
      '/api/admin/canteen-stats/people.xlsx?from=2026-10-12&to=2026-10-31',
      s.staffA,
    );
    expect(forbidden.status).toBe(403);
  });

  it('monthly statement: meals × price per person and unit, guest meals to the paying unit, .xlsx', async () => {
    const res = await call('GET', '/api/canteen-statements?month=2026-10', s.logistics);
    expect(res.status).toBe(200);
    const person = (name: string) =>
      res.body.people.find((p: { displayName: string }) => p.displayName === name);
    expect(person('张三')).toMatchObject({ meals: 1, mealsFen: 1200, walkIns: 0, totalFen: 1200 });
    expect(person('李四')).toMatchObject({ meals: 0, walkIns: 1, walkInsFen: 1800, totalFen: 1800 });
    // b2: Tuesday's lunch, booked by the lock's materialisation; b1 was on leave
    expect(person('财二')).toMatchObject({ meals: 1, mealsFen: 1200 });
    expect(person('财一')).toBeUndefined();
    const unit = (name: string) => res.body.units.find((u: { unitName: string }) => u.unitName === name);
    // 区发改局: 张三 1200 + 王五 1200 + guests 5 × 2500
    expect(unit('区发改局')).toMatchObject({
      staffMeals: 2,
      staffFen: 2400,
      guestMeals: 5,
      guestFen: 12500,
      totalFen: 14900,
    });
    // 区财政局: 财二 1200 + 财三 1200 + 李四's walk-in 1800
    expect(unit('区财政局')).toMatchObject({ staffMeals: 3, staffFen: 4200, guestMeals: 0, totalFen: 4200 });
    expect(res.body.totalFen).toBe(14900 + 4200);
    const own = await call('GET', '/api/canteen-statements?month=2026-10', s.staffA);
    expect(own.body.people.map((p: { displayName: string }) => p.displayName)).toEqual(['张三']);
    expect(own.body.units).toEqual([]);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/canteen-statements/units.xlsx?month=2026-10',
      headers: s.logistics?.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = book.worksheets[0]?.getRow(3).values as unknown[];
    expect(row.slice(1)).toEqual(['区财政局', 3, 42, 0, 0, 42]);
    const bad = await call('GET', '/api/canteen-statements?month=2026-13', s.logistics);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.month');
  });

  it('a meal served before its cutoff can no longer be cancelled', async () => {
    await at('2026-10-14T00:05:00Z'); // 08:05 in Shanghai; lunch cutoff 09:30
    const meal = { canteenId: optIn, date: '2026-10-14', meal: 'lunch' };
    expect((await call('POST', '/api/meal-bookings', s.staffA, meal)).status).toBe(201);
    const green = await verify({ canteenId: optIn, meal: 'lunch', token: (await passOf('staffA')).token });
    expect(green.body.result).toBe('green');
    const cancel = await call('POST', '/api/meal-bookings/cancel', s.staffA, meal);
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe('MEAL_ALREADY_SERVED');
    const week = await call('GET', `/api/canteens/${optIn}/week?weekOf=2026-10-14`, s.staffA);
    const day = week.body.days.find((d: { date: string }) => d.date === '2026-10-14');
    expect(day.meals.find((m: { meal: string }) => m.meal === 'lunch')).toMatchObject({
      booked: true,
      served: true,
      changeable: false,
    });
  });
});

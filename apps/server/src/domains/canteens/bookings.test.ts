import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { mealBookings } from './tables';
import { addUser, caller, threeMeals } from './test-support';

describe('canteens: open days, cutoffs and booking', () => {
  let t: TestApp;
  let org: TestOrg;
  let call: ReturnType<typeof caller>;
  let logistics: LoggedIn;
  let staffA: LoggedIn;
  let staffB: LoggedIn;
  let unitAdminA: LoggedIn;
  let canteenId: string;
  let unitOnlyId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-09-28T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    call = caller(t);
    logistics = await loginAs(t.app, org.users.logistics.username);
    staffA = await loginAs(t.app, org.users.staffA.username);
    staffB = await loginAs(t.app, org.users.staffB.username);
    unitAdminA = await loginAs(t.app, org.users.unitAdminA.username);
    const a = await call('POST', '/api/admin/canteens', logistics, {
      name: '机关一食堂',
      bookingMode: 'opt_in',
      meals: threeMeals,
    });
    expect(a.status).toBe(201);
    canteenId = a.body.id;
    const b = await call('POST', '/api/admin/canteens', logistics, {
      name: '财政局小食堂',
      bookingMode: 'opt_in',
      servesAll: false,
      unitIds: [org.unitB],
      meals: threeMeals.slice(1, 2),
    });
    expect(b.status).toBe(201);
    unitOnlyId = b.body.id;
  });
  afterAll(async () => t.close());

  /** Moves the clock and signs everyone in again (sessions expire when weeks pass). */
  const at = async (iso: string) => {
    t.clock.set(iso);
    logistics = await loginAs(t.app, org.users.logistics.username);
    staffA = await loginAs(t.app, org.users.staffA.username);
    staffB = await loginAs(t.app, org.users.staffB.username);
    unitAdminA = await loginAs(t.app, org.users.unitAdminA.username);
  };

  const book = (who: LoggedIn, date: string, meal = 'lunch', id = canteenId) =>
    call('POST', '/api/meal-bookings', who, { canteenId: id, date, meal });
  const cancel = (who: LoggedIn, date: string, meal = 'lunch', id = canteenId) =>
    call('POST', '/api/meal-bookings/cancel', who, { canteenId: id, date, meal });
  const rowsOf = (userId: string) =>
    t.ctx.db.select().from(mealBookings).where(eq(mealBookings.userId, userId));

  it('lists canteens as {items:[{id, name, …}]} with eligibility; staff cannot create one', async () => {
    const res = await call('GET', '/api/canteens', staffA);
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { name: string; eligible: boolean }) => [c.name, c.eligible])).toEqual([
      ['机关一食堂', true],
      ['财政局小食堂', false],
    ]);
    expect(res.body.items[0]).toMatchObject({ id: canteenId, bookingMode: 'opt_in', servesAll: true });
    const refused = await call('POST', '/api/admin/canteens', staffA, {
      name: 'x',
      bookingMode: 'opt_in',
      meals: threeMeals,
    });
    expect(refused.status).toBe(403);
    expect((await call('GET', '/api/canteens')).status).toBe(401);
    const taken = await call('POST', '/api/admin/canteens', logistics, {
      name: '机关一食堂',
      bookingMode: 'opt_in',
      meals: threeMeals,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('CANTEEN_NAME_TAKEN');
  });

  it('open days follow the official calendar: 2026-10-01 closed (National Day), the 调休 Saturday 2026-10-10 open', async () => {
    const res = await call('GET', `/api/canteens/${canteenId}/days?from=2026-09-30&to=2026-10-11`, staffA);
    expect(res.status).toBe(200);
    const byDate = Object.fromEntries(res.body.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-09-30']).toEqual({ date: '2026-09-30', open: true, override: false });
    expect(byDate['2026-10-01']).toMatchObject({ date: '2026-10-01', open: false, reason: '国庆节' });
    expect(byDate['2026-10-10'].open).toBe(true);
    expect(byDate['2026-10-11'].open).toBe(false);
    expect(res.body).toHaveLength(12);

    const closed = await book(staffA, '2026-10-01');
    expect(closed.status).toBe(422);
    expect(closed.body.error.code).toBe('CANTEEN_CLOSED');
    expect(closed.body.error.message).toBe('The canteen is closed on that day');
    await at('2026-10-09T00:00:00Z');
    const saturday = await book(staffA, '2026-10-10');
    expect(saturday.status).toBe(201);
    expect(saturday.body).toMatchObject({
      date: '2026-10-10',
      meal: 'lunch',
      status: 'booked',
      priceFen: 1200,
    });
  });

  it('a per-canteen override opens a holiday or closes a workday, with its reason', async () => {
    await at('2026-09-28T00:00:00Z');
    const open = await call('PUT', `/api/admin/canteens/${canteenId}/days/2026-10-02`, logistics, {
      open: true,
      reason: '值班开餐',
    });
    expect(open.body).toEqual({ date: '2026-10-02', open: true, reason: '值班开餐', override: true });
    await call('PUT', `/api/admin/canteens/${canteenId}/days/2026-09-30`, logistics, {
      open: false,
      reason: '设备检修',
    });
    expect((await book(staffA, '2026-10-02')).status).toBe(201);
    expect((await book(staffA, '2026-09-30')).body.error.code).toBe('CANTEEN_CLOSED');
    const cleared = await call('DELETE', `/api/admin/canteens/${canteenId}/days/2026-09-30`, logistics);
    expect(cleared.body).toEqual({ date: '2026-09-30', open: true, override: false });
    expect((await book(staffA, '2026-09-30')).status).toBe(201);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'canteen.day_set'));
    expect(audit).toHaveLength(2);
  });

  it('holds the cutoff to the minute in Asia/Shanghai whatever the process TZ', async () => {
    expect(process.env.TZ).toBe('America/St_Johns');
    // lunch on Mon 2026-10-12 closes at 09:30 Shanghai = 01:30Z
    await at('2026-10-12T01:29:00Z');
    expect((await book(staffA, '2026-10-12')).status).toBe(201);
    await at('2026-10-12T01:29:59.999Z');
    expect((await cancel(staffA, '2026-10-12')).body.status).toBe('cancelled');
    await at('2026-10-12T01:30:00Z');
    const late = await book(staffA, '2026-10-12');
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({
      code: 'BOOKING_CUTOFF_PASSED',
      details: { cutoffAt: '2026-10-12T01:30:00.000Z' },
    });
    expect((await cancel(staffA, '2026-10-12')).body.error.code).toBe('BOOKING_CUTOFF_PASSED');
    // breakfast on 10-13 closes the day before at 18:00 Shanghai = 10:00Z on 10-12
    await at('2026-10-12T09:59:00Z');
    expect((await book(staffA, '2026-10-13', 'breakfast')).status).toBe(201);
    await at('2026-10-12T10:00:00Z');
    expect((await book(staffB, '2026-10-13', 'breakfast')).body.error.code).toBe('BOOKING_CUTOFF_PASSED');
  });

  it('a double-tap gives one booking: 201, then 200 with the same booking; parallel taps too', async () => {
    await at('2026-10-12T02:00:00Z');
    const first = await book(staffB, '2026-10-14');
    const second = await book(staffB, '2026-10-14');
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    const parallel = await Promise.all(Array.from({ length: 6 }, () => book(staffB, '2026-10-15')));
    expect(parallel.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(parallel.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(parallel.map((r) => r.body.id)).size).toBe(1);
    const rows = (await rowsOf(org.users.staffB.id)).filter((r) => r.date === '2026-10-15');
    expect(rows).toHaveLength(1);
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meal_booking.booked'), eq(auditLog.entityId, first.body.id)));
    expect(audits).toHaveLength(1);
    // written in the booking's own statement: the actor, and the booking as it was made
    expect(audits[0]).toMatchObject({
      actorId: org.users.staffB.id,
      entityType: 'meal_booking',
      changes: { status: { before: null, after: 'booked' }, date: { before: null, after: '2026-10-14' } },
    });
  });

  it('refuses bad input naming the field, a canteen the unit is not served by, and one meal at two canteens', async () => {
    await at('2026-10-12T02:00:00Z');
    const bad = await call('POST', '/api/meal-bookings', staffA, {
      canteenId,
      date: '2026-13-01',
      meal: 'brunch',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.date',
      'body.meal',
    ]);
    const unknown = await book(staffA, '2026-10-14', 'lunch', '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.issues[0].path).toBe('body.canteenId');
    const notEligible = await book(staffA, '2026-10-14', 'lunch', unitOnlyId);
    expect(notEligible.status).toBe(422);
    expect(notEligible.body.error.code).toBe('CANTEEN_NOT_ELIGIBLE');
    expect((await book(staffB, '2026-10-14', 'dinner', unitOnlyId)).body.error.code).toBe('MEAL_NOT_SERVED');
    const elsewhere = await book(staffB, '2026-10-14', 'lunch', unitOnlyId);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('MEAL_BOOKED_ELSEWHERE');
    // after cancelling at the first canteen the second one takes the booking (same row, moved)
    expect((await cancel(staffB, '2026-10-14')).status).toBe(200);
    expect((await book(staffB, '2026-10-14', 'lunch', unitOnlyId)).status).toBe(201);
    const rows = (await rowsOf(org.users.staffB.id)).filter((r) => r.date === '2026-10-14');
    expect(rows.map((r) => [r.canteenId, r.status])).toEqual([[unitOnlyId, 'booked']]);
  });

  it('books and cancels a whole week in one action, skipping closed days and passed cutoffs', async () => {
    // Tue 2026-10-13 10:00 Shanghai: Monday's and Tuesday's lunch are past their cutoff
    await at('2026-10-13T02:00:00Z');
    const week = await call('POST', '/api/meal-bookings/week', staffA, {
      canteenId,
      weekOf: '2026-10-15',
      meals: ['lunch', 'dinner'],
    });
    expect(week.status).toBe(200);
    // Tue dinner, Wed–Fri lunch and dinner
    expect(week.body.changed).toBe(7);
    const reasons = week.body.skipped.map(
      (s: { date: string; meal: string; reason: string }) => `${s.date} ${s.meal} ${s.reason}`,
    );
    expect(reasons).toContain('2026-10-12 lunch cutoff_passed');
    expect(reasons).toContain('2026-10-13 lunch cutoff_passed');
    expect(reasons).toContain('2026-10-17 lunch closed');
    const view = await call('GET', `/api/canteens/${canteenId}/week?weekOf=2026-10-14`, staffA);
    expect(view.status).toBe(200);
    expect(view.body.weekStart).toBe('2026-10-12');
    const wed = view.body.days[2];
    expect(wed.date).toBe('2026-10-14');
    const lunch = wed.meals.find((m: { meal: string }) => m.meal === 'lunch');
    expect(lunch).toMatchObject({
      booked: true,
      changeable: true,
      cutoffAt: '2026-10-14T01:30:00.000Z',
      servesFrom: '11:30',
    });
    // cancel Wednesday's lunch before the cutoff
    expect((await cancel(staffA, '2026-10-14')).body.status).toBe('cancelled');
    const after = await call('GET', `/api/canteens/${canteenId}/week?weekOf=2026-10-14`, staffA);
    expect(after.body.days[2].meals.find((m: { meal: string }) => m.meal === 'lunch').booked).toBe(false);
    const cancelledWeek = await call('POST', '/api/meal-bookings/week/cancel', staffA, {
      canteenId,
      weekOf: '2026-10-14',
      meals: ['dinner'],
    });
    expect(cancelledWeek.body.changed).toBe(4);
  });

  it('a person sees only their own bookings unless their role allows', async () => {
    await at('2026-10-13T02:00:00Z');
    const own = await call('GET', '/api/meal-bookings?from=2026-10-12&to=2026-10-18', staffA);
    expect(own.status).toBe(200);
    expect(own.body.items.every((b: { userId: string }) => b.userId === org.users.staffA.id)).toBe(true);
    const other = await call(
      'GET',
      `/api/meal-bookings?from=2026-10-12&to=2026-10-18&userId=${org.users.staffA.id}`,
      staffB,
    );
    expect(other.status).toBe(404);
    const admin = await call(
      'GET',
      `/api/meal-bookings?from=2026-10-12&to=2026-10-18&userId=${org.users.staffA.id}`,
      unitAdminA,
    );
    expect(admin.status).toBe(200);
    const otherUnit = await call(
      'GET',
      `/api/meal-bookings?from=2026-10-12&to=2026-10-18&userId=${org.users.staffB.id}`,
      unitAdminA,
    );
    expect(otherUnit.status).toBe(404);
    const tooLong = await call('GET', '/api/meal-bookings?from=2026-01-01&to=2026-12-31', staffA);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues[0].path).toBe('query.to');
  });

  it('a unit_admin books 值班餐 for named staff of their unit only', async () => {
    await at('2026-10-13T02:00:00Z');
    const duty = await call('POST', '/api/meal-bookings/for-staff', unitAdminA, {
      canteenId,
      date: '2026-10-16',
      meal: 'breakfast',
      kind: 'duty',
      userIds: [org.users.staffA.id, org.users.unitAdminA.id],
    });
    expect(duty.status).toBe(201);
    expect(duty.body.items.map((b: { kind: string }) => b.kind)).toEqual(['duty', 'duty']);
    const outside = await call('POST', '/api/meal-bookings/for-staff', unitAdminA, {
      canteenId,
      date: '2026-10-16',
      meal: 'dinner',
      kind: 'overtime',
      userIds: [org.users.staffA.id, org.users.staffB.id],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('STAFF_NOT_IN_UNIT');
    expect(outside.body.error.issues[0].path).toBe('body.userIds.1');
    const staffTries = await call('POST', '/api/meal-bookings/for-staff', staffA, {
      canteenId,
      date: '2026-10-16',
      meal: 'dinner',
      kind: 'overtime',
      userIds: [org.users.staffA.id],
    });
    expect(staffTries.status).toBe(403);
  });

  it('guest meals: up to the threshold approved at once, above it pending until a logistics_admin approves', async () => {
    await at('2026-10-13T02:00:00Z');
    const small = await call('POST', '/api/guest-meals', unitAdminA, {
      canteenId,
      date: '2026-10-16',
      meal: 'lunch',
      guestCount: 4,
      reason: '公务接待',
    });
    expect(small.status).toBe(201);
    expect(small.body).toMatchObject({ status: 'approved', payingUnitId: org.unitA, priceFen: 2500 });
    const large = await call('POST', '/api/guest-meals', unitAdminA, {
      canteenId,
      date: '2026-10-16',
      meal: 'lunch',
      guestCount: 30,
      reason: '会议用餐',
      payingUnitId: org.unitB,
    });
    expect(large.body.status).toBe('pending');
    expect((await call('POST', `/api/guest-meals/${large.body.id}/approve`, unitAdminA)).status).toBe(403);
    const approved = await call('POST', `/api/guest-meals/${large.body.id}/approve`, logistics);
    expect(approved.body.status).toBe('approved');
    const again = await call('POST', `/api/guest-meals/${large.body.id}/approve`, logistics);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('GUEST_MEAL_NOT_PENDING');
    // the unit's orders: the one it pays for, and the one it placed for unit B to pay
    const list = await call('GET', '/api/guest-meals?from=2026-10-12&to=2026-10-18', unitAdminA);
    expect(
      list.body.items.map((g: { guestCount: number; payingUnitId: string }) => [
        g.guestCount,
        g.payingUnitId,
      ]),
    ).toEqual([
      [4, org.unitA],
      [30, org.unitB],
    ]);
  });

  it('registers leave: the meals in the range whose cutoff is ahead are cancelled', async () => {
    await addUser(t.ctx.db, {
      username: 'leaver',
      displayName: '请假人',
      unitId: org.unitA,
      roles: ['staff'],
    });
    await at('2026-10-19T00:00:00Z');
    let leaver = await loginAs(t.app, 'leaver');
    for (const date of ['2026-10-19', '2026-10-20', '2026-10-21'])
      expect((await book(leaver, date)).status).toBe(201);
    // Mon 10:00 Shanghai: Monday's lunch is locked, Tuesday's and Wednesday's are cancelled
    await at('2026-10-19T02:00:00Z');
    leaver = await loginAs(t.app, 'leaver');
    const leave = await call('POST', '/api/meal-leaves', leaver, {
      from: '2026-10-19',
      to: '2026-10-23',
      kind: 'business_trip',
    });
    expect(leave.status).toBe(201);
    expect(leave.body.cancelled).toBe(2);
    const rows = await call('GET', '/api/meal-bookings?from=2026-10-19&to=2026-10-23', leaver);
    expect(rows.body.items.map((b: { date: string; status: string }) => `${b.date} ${b.status}`)).toEqual([
      '2026-10-19 booked',
      '2026-10-20 cancelled',
      '2026-10-21 cancelled',
    ]);
    const reversed = await call('POST', '/api/meal-leaves', leaver, {
      from: '2026-10-23',
      to: '2026-10-19',
      kind: 'leave',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0].path).toBe('body.to');
  });
});

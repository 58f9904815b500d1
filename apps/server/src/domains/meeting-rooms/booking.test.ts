import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { runDueJobs } from '../../platform/scheduler';
import { signToken } from '../../platform/tokens';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { EXPIRE_PENDING_JOB, RELEASE_NO_SHOWS_JOB } from './booking-jobs';
import { CHECK_IN_PURPOSE } from './check-in';
import { meetingServiceTasks, roomBookings, roomClosures } from './tables';
import { createTestMeetingRoom } from './test-rooms';

// Monday 2026-11-30 08:00 in Shanghai; the process runs in America/St_Johns.
const MONDAY_8AM = '2026-11-30T00:00:00Z';

describe('room bookings', () => {
  let t: TestApp;
  let org: TestOrg;
  let staffA: LoggedIn;
  let staffB: LoggedIn;
  let unitAdminA: LoggedIn;
  let roomAdmin: LoggedIn;
  let room: string;

  beforeAll(async () => {
    t = await createTestApp({ now: MONDAY_8AM });
    org = await seedTestOrg(t.ctx.db);
    await t.ctx.db
      .insert(users)
      .values({
        username: 'roomadmin',
        displayName: '会议室管理员',
        unitId: org.rootUnitId,
        roles: ['staff', 'room_admin'],
        passwordHash: (
          await t.ctx.db
            .select({ h: users.passwordHash })
            .from(users)
            .where(eq(users.id, org.users.staffA.id))
        )[0]?.h as string,
      })
      .returning();
    staffA = await loginAs(t.app, org.users.staffA.username);
    staffB = await loginAs(t.app, org.users.staffB.username);
    unitAdminA = await loginAs(t.app, org.users.unitAdminA.username);
    roomAdmin = await loginAs(t.app, 'roomadmin');
    room = (await createTestMeetingRoom(t.ctx.db, { bufferMinutes: 10 })).roomId;
    // stores the recurring jobs' first occurrences at the start time, so moving the clock makes them due
    await runDueJobs(t.ctx, { only: [EXPIRE_PENDING_JOB, RELEASE_NO_SHOWS_JOB] });
  });
  afterAll(async () => t.close());
  beforeEach(() => t.clock.set(MONDAY_8AM));

  const book = (payload: object, as: LoggedIn = staffA) =>
    t.app.inject({ method: 'POST', url: '/api/room-bookings', headers: as.headers, payload });
  const preview = (payload: object, as: LoggedIn = staffA) =>
    t.app.inject({ method: 'POST', url: '/api/room-bookings/preview', headers: as.headers, payload });
  const post = (url: string, payload: object, as: LoggedIn) =>
    t.app.inject({ method: 'POST', url, headers: as.headers, payload });
  const get = (url: string, as: LoggedIn) => t.app.inject({ method: 'GET', url, headers: as.headers });
  const activeIn = async (roomId: string) =>
    (await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.roomId, roomId))).filter((b) =>
      ['pending', 'confirmed'].includes(b.status),
    );

  it('books a free slot and refuses an overlapping one with ROOM_CONFLICT naming the slot', async () => {
    const first = await book({
      roomId: room,
      title: '周例会',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', seriesId: null, skipped: [] });
    expect(first.json().occurrences).toEqual([
      {
        id: first.json().id,
        startsAt: '2026-12-01T01:00:00.000Z',
        endsAt: '2026-12-01T02:00:00.000Z',
        status: 'confirmed',
      },
    ]);

    const clash = await book(
      {
        roomId: room,
        title: '撞车',
        startsAt: '2026-12-01T09:30:00+08:00',
        endsAt: '2026-12-01T10:30:00+08:00',
      },
      staffB,
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('ROOM_CONFLICT');
    expect(clash.json().error.details.conflicts).toEqual([
      { startsAt: '2026-12-01T01:30:00.000Z', endsAt: '2026-12-01T02:30:00.000Z' },
    ]);
    // the 10-minute buffer after 10:00 holds too; 10:10 is free
    const inBuffer = await book(
      {
        roomId: room,
        title: '紧接着',
        startsAt: '2026-12-01T10:05:00+08:00',
        endsAt: '2026-12-01T11:00:00+08:00',
      },
      staffB,
    );
    expect(inBuffer.statusCode).toBe(409);
    const after = await book(
      {
        roomId: room,
        title: '紧接着',
        startsAt: '2026-12-01T10:10:00+08:00',
        endsAt: '2026-12-01T11:00:00+08:00',
      },
      staffB,
    );
    expect(after.statusCode).toBe(201);
  });

  it('the database refuses an overlap even when the service is bypassed', async () => {
    const [existing] = await activeIn(room);
    if (!existing) throw new Error('no booking');
    const insert = t.ctx.db.insert(roomBookings).values({ ...existing, id: undefined, title: 'bypass' });
    await expect(insert).rejects.toThrow();
  });

  it('preview tells why each occurrence of a weekly series fits or not', async () => {
    // Tuesdays 09:00–10:00 from 2026-11-24 (past) to 2027-01-26 (beyond 30 days ahead)
    const res = await preview({
      roomId: room,
      title: '周二例会',
      startsAt: '2026-11-24T09:00:00+08:00',
      endsAt: '2026-11-24T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    });
    expect(res.statusCode).toBe(200);
    const statuses = res
      .json()
      .occurrences.map((o: { startsAt: string; status: string }) => [o.startsAt.slice(0, 10), o.status]);
    expect(statuses).toEqual([
      ['2026-11-24', 'past'],
      ['2026-12-01', 'conflict'],
      ['2026-12-08', 'free'],
      ['2026-12-15', 'free'],
      ['2026-12-22', 'free'],
      ['2026-12-29', 'free'],
      ['2027-01-05', 'too_far_ahead'],
      ['2027-01-12', 'too_far_ahead'],
      ['2027-01-19', 'too_far_ahead'],
      ['2027-01-26', 'too_far_ahead'],
    ]);
  });

  it('preview marks non-workdays, closures and times outside the open hours', async () => {
    const closed = await createTestMeetingRoom(t.ctx.db);
    await t.ctx.db.insert(roomClosures).values({
      roomId: closed.roomId,
      startsAt: new Date('2026-12-03T00:00:00Z'),
      endsAt: new Date('2026-12-04T00:00:00Z'),
      reason: '装修',
      createdAt: new Date(),
    });
    const res = await preview({
      roomId: closed.roomId,
      title: '每日',
      startsAt: '2026-12-02T17:00:00+08:00',
      endsAt: '2026-12-02T18:00:00+08:00',
      rrule: 'FREQ=DAILY;COUNT=4',
    });
    expect(res.json().occurrences.map((o: { status: string }) => o.status)).toEqual([
      'free',
      'closed',
      'free',
      'non_workday', // Saturday 2026-12-05
    ]);
    const late = await preview({
      roomId: closed.roomId,
      title: '加班会',
      startsAt: '2026-12-02T17:30:00+08:00',
      endsAt: '2026-12-02T18:30:00+08:00',
    });
    expect(late.json().occurrences[0].status).toBe('outside_hours');
  });

  it('a series with a conflict is refused whole; skipConflicts books the rest and says what it left out', async () => {
    const series = {
      roomId: room,
      title: '周二例会',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
    };
    const before = (await activeIn(room)).length;
    const refused = await book(series);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.conflicts).toEqual([
      { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z' },
    ]);
    expect((await activeIn(room)).length).toBe(before);

    const skipping = await book({ ...series, skipConflicts: true });
    expect(skipping.statusCode).toBe(201);
    const body = skipping.json();
    expect(body.seriesId).toEqual(expect.any(String));
    expect(body.occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2026-12-08T01:00:00.000Z',
      '2026-12-15T01:00:00.000Z',
    ]);
    expect(body.skipped).toEqual([
      { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z', status: 'conflict' },
    ]);
  });

  it('skipNonWorkdays leaves weekend occurrences out; otherwise they are refused with their reason', async () => {
    const r = (await createTestMeetingRoom(t.ctx.db)).roomId;
    const daily = {
      roomId: r,
      title: '晨会',
      startsAt: '2026-12-04T08:30:00+08:00',
      endsAt: '2026-12-04T09:00:00+08:00',
      rrule: 'FREQ=DAILY;COUNT=4',
    };
    const refused = await book(daily);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('BOOKING_RULES_VIOLATED');
    expect(refused.json().error.details.occurrences.map((o: { status: string }) => o.status)).toEqual([
      'non_workday',
      'non_workday',
    ]);
    const ok = await book({ ...daily, skipNonWorkdays: true });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().occurrences.map((o: { startsAt: string }) => o.startsAt.slice(0, 10))).toEqual([
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(ok.json().skipped.map((o: { status: string }) => o.status)).toEqual([
      'non_workday',
      'non_workday',
    ]);
  });

  it('bad input names the field and changes nothing', async () => {
    const before = (await t.ctx.db.select().from(roomBookings)).length;
    const cases: [object, string][] = [
      [{ startsAt: '2026-12-02T10:00:00+08:00', endsAt: '2026-12-02T09:00:00+08:00' }, 'body.endsAt'],
      [{ startsAt: '2026-12-02T10:00:30+08:00', endsAt: '2026-12-02T11:00:00+08:00' }, 'body.startsAt'],
      [{ rrule: 'FREQ=FORTNIGHTLY' }, 'body.rrule'],
      [{ rrule: 'RRULE:FREQ=DAILY' }, 'body.rrule'],
      [{ rrule: 'FREQ=MINUTELY;COUNT=3' }, 'body.rrule'],
      [{ rrule: 'FREQ=DAILY;COUNT=1000' }, 'body.rrule'],
      [{ startsAt: 'tomorrow' }, 'body.startsAt'],
      [{ title: '' }, 'body.title'],
      [{ attendeeIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.attendeeIds.0'],
    ];
    for (const [change, path] of cases) {
      const res = await book({
        roomId: room,
        title: '检查',
        startsAt: '2026-12-02T14:00:00+08:00',
        endsAt: '2026-12-02T15:00:00+08:00',
        ...change,
      });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      expect(res.json().error.issues[0].message).toContain(path);
    }
    const tooLong = await book({
      roomId: room,
      title: '太长',
      startsAt: '2026-12-02T08:00:00+08:00',
      endsAt: '2026-12-02T17:00:00+08:00',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().error.code).toBe('BOOKING_DURATION_INVALID');
    expect((await t.ctx.db.select().from(roomBookings)).length).toBe(before);
  });

  it('attendees are notified and see the booking; others see only the unit', async () => {
    const res = await book({
      roomId: room,
      title: '预算评审',
      startsAt: '2026-12-02T14:00:00+08:00',
      endsAt: '2026-12-02T15:00:00+08:00',
      attendeeIds: [org.users.staffB.id],
      services: [{ kind: 'tea', note: '12 杯' }, { kind: 'name_cards' }],
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const invited = await t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, org.users.staffB.id), eq(notifications.type, 'room.booking_invited')),
      );
    expect(invited.map((n) => n.title)).toContain('会议邀请：预算评审');

    const mine = await get('/api/room-bookings/mine', staffB);
    expect(mine.statusCode, mine.body).toBe(200);
    const seen = mine.json().items.find((b: { id: string }) => b.id === id);
    expect(seen).toMatchObject({ title: '预算评审', attendees: [{ id: org.users.staffB.id }] });
    expect(seen.services.map((s: { kind: string; dueAt: string }) => [s.kind, s.dueAt])).toEqual([
      ['name_cards', '2026-12-02T05:30:00.000Z'],
      ['tea', '2026-12-02T05:45:00.000Z'],
    ]);

    const other = await loginAs(t.app, org.users.logistics.username);
    expect((await get(`/api/room-bookings/${id}`, other)).json().title).toBe('预算评审');
    const stranger = await loginAs(t.app, org.users.auditor.username);
    expect((await get(`/api/room-bookings/${id}`, stranger)).statusCode).toBe(200);
    // a staff member of another unit who is not invited cannot open it
    const lisiLike = await t.ctx.db.insert(users).values({
      username: 'outsider',
      displayName: '局外人',
      unitId: org.unitB,
      roles: ['staff'],
      passwordHash: (
        await t.ctx.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, org.users.staffA.id))
      )[0]?.h as string,
    });
    expect(lisiLike).toBeDefined();
    const outsider = await loginAs(t.app, 'outsider');
    expect((await get(`/api/room-bookings/${id}`, outsider)).statusCode).toBe(404);
  });

  it('cancels this occurrence, this and the following, or the whole series', async () => {
    const r = (await createTestMeetingRoom(t.ctx.db)).roomId;
    const res = await book({
      roomId: r,
      title: '系列',
      startsAt: '2026-12-01T15:00:00+08:00',
      endsAt: '2026-12-01T16:00:00+08:00',
      rrule: 'FREQ=WEEKLY;COUNT=4',
      services: [{ kind: 'tea' }],
    });
    const [o1, o2, o3] = res.json().occurrences as { id: string }[];
    const one = await post(`/api/room-bookings/${o2?.id}/cancel`, { scope: 'this', reason: '出差' }, staffA);
    expect(one.json().changed.map((c: { id: string }) => c.id)).toEqual([o2?.id]);
    const following = await post(`/api/room-bookings/${o3?.id}/cancel`, { scope: 'following' }, staffA);
    expect(following.json().changed).toHaveLength(2);
    expect((await activeIn(r)).map((b) => b.id)).toEqual([o1?.id]);
    const tasks = await t.ctx.db
      .select()
      .from(meetingServiceTasks)
      .where(eq(meetingServiceTasks.status, 'cancelled'));
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    // others may not cancel it
    expect((await post(`/api/room-bookings/${o1?.id}/cancel`, { scope: 'series' }, staffB)).statusCode).toBe(
      404,
    );
    expect(
      (await post(`/api/room-bookings/${o1?.id}/cancel`, { scope: 'series' }, roomAdmin)).statusCode,
    ).toBe(200);
    expect(await activeIn(r)).toEqual([]);
  });

  it('moves one occurrence and a whole series to a new time, within the rules', async () => {
    const r = (await createTestMeetingRoom(t.ctx.db)).roomId;
    const res = await book({
      roomId: r,
      title: '改期',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    const [o1, o2] = res.json().occurrences as { id: string }[];
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/room-bookings/${o2?.id}`,
      headers: staffA.headers,
      payload: {
        scope: 'series',
        startsAt: '2026-12-08T14:00:00+08:00',
        endsAt: '2026-12-08T15:30:00+08:00',
      },
    });
    expect(moved.statusCode).toBe(200);
    expect(
      moved.json().changed.map((c: { startsAt: string; endsAt: string }) => [c.startsAt, c.endsAt]),
    ).toEqual([
      ['2026-12-01T06:00:00.000Z', '2026-12-01T07:30:00.000Z'],
      ['2026-12-08T06:00:00.000Z', '2026-12-08T07:30:00.000Z'],
      ['2026-12-15T06:00:00.000Z', '2026-12-15T07:30:00.000Z'],
    ]);
    const outside = await t.app.inject({
      method: 'PATCH',
      url: `/api/room-bookings/${o1?.id}`,
      headers: staffA.headers,
      payload: { startsAt: '2026-12-01T17:30:00+08:00', endsAt: '2026-12-01T18:30:00+08:00' },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.details.occurrences[0].status).toBe('outside_hours');
  });

  it('approval rooms: pending holds the slot; the named approver approves; rejecting needs a reason', async () => {
    const hall = (
      await createTestMeetingRoom(t.ctx.db, { requiresApproval: true, pendingHoldHours: 24 }, [
        org.users.unitAdminA.id,
      ])
    ).roomId;
    const res = await book({
      roomId: hall,
      title: '全区大会',
      startsAt: '2026-12-03T09:00:00+08:00',
      endsAt: '2026-12-03T11:00:00+08:00',
    });
    expect(res.json().status).toBe('pending');
    expect((await get(`/api/room-bookings/${res.json().id}`, staffA)).json().holdExpiresAt).toBe(
      '2026-12-01T00:00:00.000Z', // 24 h from now, before the 3rd
    );
    const approverNotice = await t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, org.users.unitAdminA.id),
          eq(notifications.type, 'room.booking_pending'),
        ),
      );
    expect(approverNotice).toHaveLength(1);
    // the pending booking holds the slot
    const clash = await book(
      {
        roomId: hall,
        title: 'x',
        startsAt: '2026-12-03T10:00:00+08:00',
        endsAt: '2026-12-03T10:30:00+08:00',
      },
      staffB,
    );
    expect(clash.statusCode).toBe(409);

    const pending = await get('/api/room-bookings/pending', unitAdminA);
    expect(pending.json().items.map((b: { id: string }) => b.id)).toEqual([res.json().id]);
    expect((await get('/api/room-bookings/pending', roomAdmin)).json().items).toEqual([]);
    expect((await post(`/api/room-bookings/${res.json().id}/approve`, {}, roomAdmin)).statusCode).toBe(403);
    const noReason = await post(`/api/room-bookings/${res.json().id}/reject`, {}, unitAdminA);
    expect(noReason.statusCode).toBe(400);
    const ok = await post(`/api/room-bookings/${res.json().id}/approve`, { scope: 'this' }, unitAdminA);
    expect(ok.json().changed[0].status).toBe('confirmed');
    const again = await post(`/api/room-bookings/${res.json().id}/approve`, {}, unitAdminA);
    expect(again.json().error.code).toBe('BOOKING_NOT_PENDING');
    const told = await t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, org.users.staffA.id), eq(notifications.type, 'room.booking_approved')),
      );
    expect(told).toHaveLength(1);

    const second = await book(
      {
        roomId: hall,
        title: '培训',
        startsAt: '2026-12-04T09:00:00+08:00',
        endsAt: '2026-12-04T10:00:00+08:00',
      },
      staffB,
    );
    const rejected = await post(
      `/api/room-bookings/${second.json().id}/reject`,
      { reason: '场地另有安排' },
      unitAdminA,
    );
    expect(rejected.json().changed[0].status).toBe('rejected');
    const third = await book(
      {
        roomId: hall,
        title: '过期',
        startsAt: '2026-12-04T14:00:00+08:00',
        endsAt: '2026-12-04T15:00:00+08:00',
      },
      staffB,
    );
    // the hold runs out after 24 h and the job frees the slot
    t.clock.set('2026-12-01T00:01:00Z');
    await runDueJobs(t.ctx, { only: [EXPIRE_PENDING_JOB] });
    const [expired] = await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.id, third.json().id));
    expect(expired?.status).toBe('expired');
    // a hold never outlasts the meeting: one starting in two hours is held until its start
    const booker = await loginAs(t.app, org.users.staffA.username); // a day later: a fresh session
    const soon = await book(
      {
        roomId: hall,
        title: '临时碰头',
        startsAt: '2026-12-01T10:00:00+08:00',
        endsAt: '2026-12-01T10:30:00+08:00',
      },
      booker,
    );
    expect((await get(`/api/room-bookings/${soon.json().id}`, booker)).json().holdExpiresAt).toBe(
      '2026-12-01T02:00:00.000Z',
    );
  });

  it('check-in opens 10 minutes before the start; a no-show is released by the scheduler', async () => {
    const r = (await createTestMeetingRoom(t.ctx.db, { checkInRequired: true, noShowMinutes: 15 })).roomId;
    const token = signToken(t.ctx, {
      purpose: CHECK_IN_PURPOSE,
      subject: r,
      expiresAt: new Date('2036-01-01T00:00:00Z'),
    });
    const kept = await book({
      roomId: r,
      title: '签到会',
      startsAt: '2026-11-30T10:00:00+08:00',
      endsAt: '2026-11-30T11:00:00+08:00',
      attendeeIds: [org.users.staffB.id],
    });
    const missed = await book({
      roomId: r,
      title: '没人来',
      startsAt: '2026-11-30T14:00:00+08:00',
      endsAt: '2026-11-30T15:00:00+08:00',
      attendeeIds: [org.users.staffB.id],
    });
    expect(kept.statusCode).toBe(201);

    t.clock.set('2026-11-30T01:49:00Z'); // 09:49: 11 minutes before
    const early = await get(`/api/rooms/${r}/check-in?t=${token}`, staffB);
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json()).toMatchObject({ booking: null, nextOpensAt: '2026-11-30T01:50:00.000Z' });
    expect((await post(`/api/rooms/${r}/check-in`, { token }, staffB)).json().error.code).toBe(
      'CHECK_IN_NOT_OPEN',
    );
    t.clock.set('2026-11-30T01:50:00Z');
    const status = await get(`/api/rooms/${r}/check-in?t=${token}`, staffB);
    expect(status.json().booking.id).toBe(kept.json().id);
    const done = await post(`/api/rooms/${r}/check-in`, { token }, staffB);
    expect(done.statusCode).toBe(200);
    expect(done.json().checkedInAt).toBe('2026-11-30T01:50:00.000Z');
    // checked in before the start: it can end early, not be cancelled
    const cancelled = await post(`/api/room-bookings/${kept.json().id}/cancel`, {}, staffA);
    expect(cancelled.json().error.code).toBe('BOOKING_NOT_CHANGEABLE');
    // a forged or other room's token is refused
    const wrong = signToken(t.ctx, {
      purpose: CHECK_IN_PURPOSE,
      subject: room,
      expiresAt: new Date('2036-01-01T00:00:00Z'),
    });
    expect((await post(`/api/rooms/${r}/check-in`, { token: wrong }, staffB)).statusCode).toBe(422);

    // 14:14: not yet released; 14:15: released, booker and attendee told; the checked-in one stays
    t.clock.set('2026-11-30T06:14:00Z');
    await runDueJobs(t.ctx, { only: [RELEASE_NO_SHOWS_JOB] });
    const state = async (id: string) =>
      (await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.id, id)))[0]?.status;
    expect(await state(missed.json().id)).toBe('confirmed');
    t.clock.set('2026-11-30T06:15:00Z');
    await runDueJobs(t.ctx, { only: [RELEASE_NO_SHOWS_JOB] });
    expect(await state(missed.json().id)).toBe('released');
    expect(await state(kept.json().id)).toBe('confirmed');
    const released = await t.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.type, 'room.booking_released'));
    expect(released.map((n) => n.userId).sort()).toEqual([org.users.staffA.id, org.users.staffB.id].sort());
    const booker = await loginAs(t.app, org.users.staffA.username); // hours later: a fresh session
    expect((await post(`/api/rooms/${r}/check-in`, { token }, booker)).json().error.code).toBe(
      'CHECK_IN_NO_BOOKING',
    );
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'room_booking.released'));
    expect(audit).toHaveLength(1);
    // the released slot is free again
    const rebook = await book(
      {
        roomId: r,
        title: '补位',
        startsAt: '2026-11-30T14:30:00+08:00',
        endsAt: '2026-11-30T15:00:00+08:00',
      },
      booker,
    );
    expect(rebook.statusCode).toBe(201);
  });

  it('ending early frees the rest of the slot', async () => {
    const r = (await createTestMeetingRoom(t.ctx.db)).roomId;
    const res = await book({
      roomId: r,
      title: '短会',
      startsAt: '2026-11-30T09:00:00+08:00',
      endsAt: '2026-11-30T11:00:00+08:00',
    });
    t.clock.set('2026-11-30T01:30:00Z'); // 09:30
    expect((await post(`/api/room-bookings/${res.json().id}/end`, {}, staffB)).statusCode).toBe(404);
    const ended = await post(`/api/room-bookings/${res.json().id}/end`, {}, staffA);
    expect(ended.json()).toMatchObject({
      endsAt: '2026-11-30T01:30:00.000Z',
      endedEarlyAt: '2026-11-30T01:30:00.000Z',
    });
    const next = await book(
      {
        roomId: r,
        title: '接着用',
        startsAt: '2026-11-30T09:45:00+08:00',
        endsAt: '2026-11-30T10:30:00+08:00',
      },
      staffB,
    );
    expect(next.statusCode).toBe(201);
  });

  it('who may book: units-only rooms refuse others; the weekly quota holds', async () => {
    const unitOnly = (
      await createTestMeetingRoom(t.ctx.db, { bookingScope: 'units', allowedUnitIds: [org.unitA] })
    ).roomId;
    const slot = {
      title: '单位会',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:00:00+08:00',
    };
    expect((await book({ roomId: unitOnly, ...slot }, staffB)).json().error.code).toBe(
      'ROOM_BOOKING_NOT_ALLOWED',
    );
    expect((await book({ roomId: unitOnly, ...slot }, staffA)).statusCode).toBe(201);

    const quota = (await createTestMeetingRoom(t.ctx.db, { quotaHoursPerWeek: 3 })).roomId;
    const two = await book({
      roomId: quota,
      title: 'a',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:00:00+08:00',
    });
    expect(two.statusCode).toBe(201);
    const over = await book({
      roomId: quota,
      title: 'b',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:30:00+08:00',
    });
    expect(over.json().error.code).toBe('BOOKING_QUOTA_EXCEEDED');
    const fits = await book({
      roomId: quota,
      title: 'c',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:00:00+08:00',
    });
    expect(fits.statusCode).toBe(201);
    // next week counts afresh
    const nextWeek = await book({
      roomId: quota,
      title: 'd',
      startsAt: '2026-12-07T09:00:00+08:00',
      endsAt: '2026-12-07T11:00:00+08:00',
    });
    expect(nextWeek.statusCode).toBe(201);
  });

  it('official holidays and 调休 workdays come from the calendar', async () => {
    t.clock.set('2026-09-28T00:00:00Z');
    const r = (await createTestMeetingRoom(t.ctx.db)).roomId;
    const res = await preview({
      roomId: r,
      title: '节前节后',
      startsAt: '2026-10-01T09:00:00+08:00',
      endsAt: '2026-10-01T10:00:00+08:00',
      rrule: 'FREQ=DAILY;UNTIL=20261010',
    });
    const byDate = Object.fromEntries(
      res
        .json()
        .occurrences.map((o: { startsAt: string; status: string }) => [o.startsAt.slice(0, 10), o.status]),
    );
    expect(byDate['2026-10-01']).toBe('non_workday'); // 国庆节
    expect(byDate['2026-10-09']).toBe('free');
    expect(byDate['2026-10-10']).toBe('free'); // 调休 Saturday
  });
});

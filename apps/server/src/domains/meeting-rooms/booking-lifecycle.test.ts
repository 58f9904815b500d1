import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { runDueJobs } from '../../platform/scheduler';
import { signToken } from '../../platform/tokens';
import { loginAs } from '../../test/fixtures';
import { EXPIRE_PENDING_JOB, RELEASE_NO_SHOWS_JOB } from './booking-jobs';
import { useBookingTestApp } from './booking-test-app';
import { CHECK_IN_PURPOSE } from './check-in';
import { meetingServiceTasks, roomBookings } from './tables';
import { createTestMeetingRoom } from './test-rooms';

describe('room bookings: changes, approvals, check-in and release', () => {
  const s = useBookingTestApp();

  it('cancels this occurrence, this and the following, or the whole series', async () => {
    const r = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: r,
      title: '系列',
      startsAt: '2026-12-01T15:00:00+08:00',
      endsAt: '2026-12-01T16:00:00+08:00',
      rrule: 'FREQ=WEEKLY;COUNT=4',
      services: [{ kind: 'tea' }],
    });
    const [o1, o2, o3] = res.json().occurrences as { id: string }[];
    const one = await s.post(
      `/api/room-bookings/${o2?.id}/cancel`,
      { scope: 'this', reason: '出差' },
      s.staffA,
    );
    expect(one.json().changed.map((c: { id: string }) => c.id)).toEqual([o2?.id]);
    const following = await s.post(`/api/room-bookings/${o3?.id}/cancel`, { scope: 'following' }, s.staffA);
    expect(following.json().changed).toHaveLength(2);
    expect((await s.activeIn(r)).map((b) => b.id)).toEqual([o1?.id]);
    const tasks = await s.t.ctx.db
      .select()
      .from(meetingServiceTasks)
      .where(eq(meetingServiceTasks.status, 'cancelled'));
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    // others may not cancel it
    expect(
      (await s.post(`/api/room-bookings/${o1?.id}/cancel`, { scope: 'series' }, s.staffB)).statusCode,
    ).toBe(404);
    expect(
      (await s.post(`/api/room-bookings/${o1?.id}/cancel`, { scope: 'series' }, s.roomAdmin)).statusCode,
    ).toBe(200);
    expect(await s.activeIn(r)).toEqual([]);
  });

  it('moves one occurrence and a whole series to a new time, within the rules', async () => {
    const r = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: r,
      title: '改期',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    const [o1, o2] = res.json().occurrences as { id: string }[];
    const moved = await s.t.app.inject({
      method: 'PATCH',
      url: `/api/room-bookings/${o2?.id}`,
      headers: s.staffA.headers,
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
    const outside = await s.t.app.inject({
      method: 'PATCH',
      url: `/api/room-bookings/${o1?.id}`,
      headers: s.staffA.headers,
      payload: { startsAt: '2026-12-01T17:30:00+08:00', endsAt: '2026-12-01T18:30:00+08:00' },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.details.occurrences[0].status).toBe('outside_hours');
  });

  it('approval rooms: pending holds the slot; the named approver approves; rejecting needs a reason', async () => {
    const hall = (
      await createTestMeetingRoom(s.t.ctx.db, { requiresApproval: true, pendingHoldHours: 24 }, [
        s.org.users.unitAdminA.id,
      ])
    ).roomId;
    const res = await s.book({
      roomId: hall,
      title: '全区大会',
      startsAt: '2026-12-03T09:00:00+08:00',
      endsAt: '2026-12-03T11:00:00+08:00',
    });
    expect(res.json().status).toBe('pending');
    expect((await s.get(`/api/room-bookings/${res.json().id}`, s.staffA)).json().holdExpiresAt).toBe(
      '2026-12-01T00:00:00.000Z', // 24 h from now, before the 3rd
    );
    const approverNotice = await s.t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, s.org.users.unitAdminA.id),
          eq(notifications.type, 'room.booking_pending'),
        ),
      );
    expect(approverNotice).toHaveLength(1);
    // the pending booking holds the slot
    const clash = await s.book(
      {
        roomId: hall,
        title: 'x',
        startsAt: '2026-12-03T10:00:00+08:00',
        endsAt: '2026-12-03T10:30:00+08:00',
      },
      s.staffB,
    );
    expect(clash.statusCode).toBe(409);

    const pending = await s.get('/api/room-bookings/pending', s.unitAdminA);
    expect(pending.json().items.map((b: { id: string }) => b.id)).toEqual([res.json().id]);
    expect((await s.get('/api/room-bookings/pending', s.roomAdmin)).json().items).toEqual([]);
    expect((await s.post(`/api/room-bookings/${res.json().id}/approve`, {}, s.roomAdmin)).statusCode).toBe(
      403,
    );
    const noReason = await s.post(`/api/room-bookings/${res.json().id}/reject`, {}, s.unitAdminA);
    expect(noReason.statusCode).toBe(400);
    const ok = await s.post(`/api/room-bookings/${res.json().id}/approve`, { scope: 'this' }, s.unitAdminA);
    expect(ok.json().changed[0].status).toBe('confirmed');
    const again = await s.post(`/api/room-bookings/${res.json().id}/approve`, {}, s.unitAdminA);
    expect(again.json().error.code).toBe('BOOKING_NOT_PENDING');
    const told = await s.t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, s.org.users.staffA.id), eq(notifications.type, 'room.booking_approved')),
      );
    expect(told).toHaveLength(1);

    const second = await s.book(
      {
        roomId: hall,
        title: '培训',
        startsAt: '2026-12-04T09:00:00+08:00',
        endsAt: '2026-12-04T10:00:00+08:00',
      },
      s.staffB,
    );
    const rejected = await s.post(
      `/api/room-bookings/${second.json().id}/reject`,
      { reason: '场地另有安排' },
      s.unitAdminA,
    );
    expect(rejected.json().changed[0].status).toBe('rejected');
    const third = await s.book(
      {
        roomId: hall,
        title: '过期',
        startsAt: '2026-12-04T14:00:00+08:00',
        endsAt: '2026-12-04T15:00:00+08:00',
      },
      s.staffB,
    );
    // the hold runs out after 24 h and the job frees the slot
    s.t.clock.set('2026-12-01T00:01:00Z');
    await runDueJobs(s.t.ctx, { only: [EXPIRE_PENDING_JOB] });
    const [expired] = await s.t.ctx.db
      .select()
      .from(roomBookings)
      .where(eq(roomBookings.id, third.json().id));
    expect(expired?.status).toBe('expired');
    // a hold never outlasts the meeting: one starting in two hours is held until its start
    const booker = await loginAs(s.t.app, s.org.users.staffA.username); // a day later: a fresh session
    const soon = await s.book(
      {
        roomId: hall,
        title: '临时碰头',
        startsAt: '2026-12-01T10:00:00+08:00',
        endsAt: '2026-12-01T10:30:00+08:00',
      },
      booker,
    );
    expect((await s.get(`/api/room-bookings/${soon.json().id}`, booker)).json().holdExpiresAt).toBe(
      '2026-12-01T02:00:00.000Z',
    );
  });

  it('check-in opens 10 minutes before the start; a no-show is released by the scheduler', async () => {
    const r = (await createTestMeetingRoom(s.t.ctx.db, { checkInRequired: true, noShowMinutes: 15 })).roomId;
    const token = signToken(s.t.ctx, {
      purpose: CHECK_IN_PURPOSE,
      subject: r,
      expiresAt: new Date('2036-01-01T00:00:00Z'),
    });
    const kept = await s.book({
      roomId: r,
      title: '签到会',
      startsAt: '2026-11-30T10:00:00+08:00',
      endsAt: '2026-11-30T11:00:00+08:00',
      attendeeIds: [s.org.users.staffB.id],
    });
    const missed = await s.book({
      roomId: r,
      title: '没人来',
      startsAt: '2026-11-30T14:00:00+08:00',
      endsAt: '2026-11-30T15:00:00+08:00',
      attendeeIds: [s.org.users.staffB.id],
    });
    expect(kept.statusCode).toBe(201);

    s.t.clock.set('2026-11-30T01:49:00Z'); // 09:49: 11 minutes before
    const early = await s.get(`/api/rooms/${r}/check-in?t=${token}`, s.staffB);
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json()).toMatchObject({ booking: null, nextOpensAt: '2026-11-30T01:50:00.000Z' });
    expect((await s.post(`/api/rooms/${r}/check-in`, { token }, s.staffB)).json().error.code).toBe(
      'CHECK_IN_NOT_OPEN',
    );
    s.t.clock.set('2026-11-30T01:50:00Z');
    const status = await s.get(`/api/rooms/${r}/check-in?t=${token}`, s.staffB);
    expect(status.json().booking.id).toBe(kept.json().id);
    const done = await s.post(`/api/rooms/${r}/check-in`, { token }, s.staffB);
    expect(done.statusCode).toBe(200);
    expect(done.json().checkedInAt).toBe('2026-11-30T01:50:00.000Z');
    // checked in before the start: it can end early, not be cancelled
    const cancelled = await s.post(`/api/room-bookings/${kept.json().id}/cancel`, {}, s.staffA);
    expect(cancelled.json().error.code).toBe('BOOKING_NOT_CHANGEABLE');
    // a forged or other room's token is refused
    const wrong = signToken(s.t.ctx, {
      purpose: CHECK_IN_PURPOSE,
      subject: s.room,
      expiresAt: new Date('2036-01-01T00:00:00Z'),
    });
    expect((await s.post(`/api/rooms/${r}/check-in`, { token: wrong }, s.staffB)).statusCode).toBe(422);

    // 14:14: not yet released; 14:15: released, booker and attendee told; the checked-in one stays
    s.t.clock.set('2026-11-30T06:14:00Z');
    await runDueJobs(s.t.ctx, { only: [RELEASE_NO_SHOWS_JOB] });
    const state = async (id: string) =>
      (await s.t.ctx.db.select().from(roomBookings).where(eq(roomBookings.id, id)))[0]?.status;
    expect(await state(missed.json().id)).toBe('confirmed');
    s.t.clock.set('2026-11-30T06:15:00Z');
    await runDueJobs(s.t.ctx, { only: [RELEASE_NO_SHOWS_JOB] });
    expect(await state(missed.json().id)).toBe('released');
    expect(await state(kept.json().id)).toBe('confirmed');
    const released = await s.t.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.type, 'room.booking_released'));
    expect(released.map((n) => n.userId).sort()).toEqual(
      [s.org.users.staffA.id, s.org.users.staffB.id].sort(),
    );
    const booker = await loginAs(s.t.app, s.org.users.staffA.username); // hours later: a fresh session
    expect((await s.post(`/api/rooms/${r}/check-in`, { token }, booker)).json().error.code).toBe(
      'CHECK_IN_NO_BOOKING',
    );
    const audit = await s.t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'room_booking.released'));
    expect(audit).toHaveLength(1);
    // the released slot is free again
    const rebook = await s.book(
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
    const r = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: r,
      title: '短会',
      startsAt: '2026-11-30T09:00:00+08:00',
      endsAt: '2026-11-30T11:00:00+08:00',
    });
    s.t.clock.set('2026-11-30T01:30:00Z'); // 09:30
    expect((await s.post(`/api/room-bookings/${res.json().id}/end`, {}, s.staffB)).statusCode).toBe(404);
    const ended = await s.post(`/api/room-bookings/${res.json().id}/end`, {}, s.staffA);
    expect(ended.json()).toMatchObject({
      endsAt: '2026-11-30T01:30:00.000Z',
      endedEarlyAt: '2026-11-30T01:30:00.000Z',
    });
    const next = await s.book(
      {
        roomId: r,
        title: '接着用',
        startsAt: '2026-11-30T09:45:00+08:00',
        endsAt: '2026-11-30T10:30:00+08:00',
      },
      s.staffB,
    );
    expect(next.statusCode).toBe(201);
  });
});

import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/tables';
import { loginAs } from '../../test/fixtures';
import { users } from '../organisation/tables';
import { useBookingTestApp } from './booking-test-app';
import { roomBookings, roomClosures } from './tables';
import { createTestMeetingRoom } from './test-rooms';

describe('room bookings: booking, preview and the rules', () => {
  const s = useBookingTestApp();

  it('books a free slot and refuses an overlapping one with ROOM_CONFLICT naming the slot', async () => {
    const first = await s.book({
      roomId: s.room,
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

    const clash = await s.book(
      {
        roomId: s.room,
        title: '撞车',
        startsAt: '2026-12-01T09:30:00+08:00',
        endsAt: '2026-12-01T10:30:00+08:00',
      },
      s.staffB,
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('ROOM_CONFLICT');
    expect(clash.json().error.details.conflicts).toEqual([
      { startsAt: '2026-12-01T01:30:00.000Z', endsAt: '2026-12-01T02:30:00.000Z' },
    ]);
    // the 10-minute buffer after 10:00 holds too; 10:10 is free
    const inBuffer = await s.book(
      {
        roomId: s.room,
        title: '紧接着',
        startsAt: '2026-12-01T10:05:00+08:00',
        endsAt: '2026-12-01T11:00:00+08:00',
      },
      s.staffB,
    );
    expect(inBuffer.statusCode).toBe(409);
    const after = await s.book(
      {
        roomId: s.room,
        title: '紧接着',
        startsAt: '2026-12-01T10:10:00+08:00',
        endsAt: '2026-12-01T11:00:00+08:00',
      },
      s.staffB,
    );
    expect(after.statusCode).toBe(201);
  });

  it('the database refuses an overlap even when the service is bypassed', async () => {
    const [existing] = await s.activeIn(s.room);
    if (!existing) throw new Error('no booking');
    const insert = s.t.ctx.db.insert(roomBookings).values({ ...existing, id: undefined, title: 'bypass' });
    await expect(insert).rejects.toThrow();
  });

  it('preview tells why each occurrence of a weekly series fits or not', async () => {
    // Tuesdays 09:00–10:00 from 2026-11-24 (past) to 2027-01-26 (beyond 30 days ahead)
    const res = await s.preview({
      roomId: s.room,
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
    const closed = await createTestMeetingRoom(s.t.ctx.db);
    await s.t.ctx.db.insert(roomClosures).values({
      roomId: closed.roomId,
      startsAt: new Date('2026-12-03T00:00:00Z'),
      endsAt: new Date('2026-12-04T00:00:00Z'),
      reason: '装修',
      createdAt: new Date(),
    });
    const res = await s.preview({
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
    const late = await s.preview({
      roomId: closed.roomId,
      title: '加班会',
      startsAt: '2026-12-02T17:30:00+08:00',
      endsAt: '2026-12-02T18:30:00+08:00',
    });
    expect(late.json().occurrences[0].status).toBe('outside_hours');
  });

  it('a series with a conflict is refused whole; skipConflicts books the rest and says what it left out', async () => {
    const series = {
      roomId: s.room,
      title: '周二例会',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
    };
    const before = (await s.activeIn(s.room)).length;
    const refused = await s.book(series);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.conflicts).toEqual([
      { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z' },
    ]);
    expect((await s.activeIn(s.room)).length).toBe(before);

    const skipping = await s.book({ ...series, skipConflicts: true });
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
    const r = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const daily = {
      roomId: r,
      title: '晨会',
      startsAt: '2026-12-04T08:30:00+08:00',
      endsAt: '2026-12-04T09:00:00+08:00',
      rrule: 'FREQ=DAILY;COUNT=4',
    };
    const refused = await s.book(daily);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('BOOKING_RULES_VIOLATED');
    expect(refused.json().error.details.occurrences.map((o: { status: string }) => o.status)).toEqual([
      'non_workday',
      'non_workday',
    ]);
    const ok = await s.book({ ...daily, skipNonWorkdays: true });
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
    const before = (await s.t.ctx.db.select().from(roomBookings)).length;
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
      const res = await s.book({
        roomId: s.room,
        title: '检查',
        startsAt: '2026-12-02T14:00:00+08:00',
        endsAt: '2026-12-02T15:00:00+08:00',
        ...change,
      });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      expect(res.json().error.issues[0].message).toContain(path);
    }
    const tooLong = await s.book({
      roomId: s.room,
      title: '太长',
      startsAt: '2026-12-02T08:00:00+08:00',
      endsAt: '2026-12-02T17:00:00+08:00',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().error.code).toBe('BOOKING_DURATION_INVALID');
    expect((await s.t.ctx.db.select().from(roomBookings)).length).toBe(before);
  });

  it('attendees are notified and see the booking; others see only the unit', async () => {
    const res = await s.book({
      roomId: s.room,
      title: '预算评审',
      startsAt: '2026-12-02T14:00:00+08:00',
      endsAt: '2026-12-02T15:00:00+08:00',
      attendeeIds: [s.org.users.staffB.id],
      services: [{ kind: 'tea', note: '12 杯' }, { kind: 'name_cards' }],
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const invited = await s.t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, s.org.users.staffB.id), eq(notifications.type, 'room.booking_invited')),
      );
    expect(invited.map((n) => n.title)).toContain('会议邀请：预算评审');

    const mine = await s.get('/api/room-bookings/mine', s.staffB);
    expect(mine.statusCode, mine.body).toBe(200);
    const seen = mine.json().items.find((b: { id: string }) => b.id === id);
    expect(seen).toMatchObject({ title: '预算评审', attendees: [{ id: s.org.users.staffB.id }] });
    expect(seen.services.map((s: { kind: string; dueAt: string }) => [s.kind, s.dueAt])).toEqual([
      ['name_cards', '2026-12-02T05:30:00.000Z'],
      ['tea', '2026-12-02T05:45:00.000Z'],
    ]);

    const other = await loginAs(s.t.app, s.org.users.logistics.username);
    expect((await s.get(`/api/room-bookings/${id}`, other)).json().title).toBe('预算评审');
    const stranger = await loginAs(s.t.app, s.org.users.auditor.username);
    expect((await s.get(`/api/room-bookings/${id}`, stranger)).statusCode).toBe(200);
    // a staff member of another unit who is not invited cannot open it
    const lisiLike = await s.t.ctx.db.insert(users).values({
      username: 'outsider',
      displayName: '局外人',
      unitId: s.org.unitB,
      roles: ['staff'],
      passwordHash: (
        await s.t.ctx.db
          .select({ h: users.passwordHash })
          .from(users)
          .where(eq(users.id, s.org.users.staffA.id))
      )[0]?.h as string,
    });
    expect(lisiLike).toBeDefined();
    const outsider = await loginAs(s.t.app, 'outsider');
    expect((await s.get(`/api/room-bookings/${id}`, outsider)).statusCode).toBe(404);
  });

  it('who may book: units-only rooms refuse others; the weekly quota holds', async () => {
    const unitOnly = (
      await createTestMeetingRoom(s.t.ctx.db, { bookingScope: 'units', allowedUnitIds: [s.org.unitA] })
    ).roomId;
    const slot = {
      title: '单位会',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:00:00+08:00',
    };
    expect((await s.book({ roomId: unitOnly, ...slot }, s.staffB)).json().error.code).toBe(
      'ROOM_BOOKING_NOT_ALLOWED',
    );
    expect((await s.book({ roomId: unitOnly, ...slot }, s.staffA)).statusCode).toBe(201);

    const quota = (await createTestMeetingRoom(s.t.ctx.db, { quotaHoursPerWeek: 3 })).roomId;
    const two = await s.book({
      roomId: quota,
      title: 'a',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:00:00+08:00',
    });
    expect(two.statusCode).toBe(201);
    const over = await s.book({
      roomId: quota,
      title: 'b',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:30:00+08:00',
    });
    expect(over.json().error.code).toBe('BOOKING_QUOTA_EXCEEDED');
    const fits = await s.book({
      roomId: quota,
      title: 'c',
      startsAt: '2026-12-02T09:00:00+08:00',
      endsAt: '2026-12-02T10:00:00+08:00',
    });
    expect(fits.statusCode).toBe(201);
    // next week counts afresh
    const nextWeek = await s.book({
      roomId: quota,
      title: 'd',
      startsAt: '2026-12-07T09:00:00+08:00',
      endsAt: '2026-12-07T11:00:00+08:00',
    });
    expect(nextWeek.statusCode).toBe(201);
  });

  it('official holidays and 调休 workdays come from the calendar', async () => {
    s.t.clock.set('2026-09-28T00:00:00Z');
    const r = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.preview({
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

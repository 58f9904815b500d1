import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { roomBookings } from './tables';
import { createTestMeetingRoom } from './test-rooms';

// Real PostgreSQL only (test:pg): parallel transactions racing for one room.
describe('room bookings under concurrency (PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let callers: LoggedIn[];

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-30T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    callers = [
      await loginAs(t.app, org.users.staffA.username),
      await loginAs(t.app, org.users.staffB.username),
      await loginAs(t.app, org.users.unitAdminA.username),
      await loginAs(t.app, org.users.logistics.username),
    ];
  });
  afterAll(async () => t.close());

  const book = (i: number, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/room-bookings',
      headers: callers[i % callers.length]?.headers ?? {},
      payload,
    });

  it('100 parallel requests for overlapping slots of one room: exactly one 201, 99 × 409, no 5xx', async () => {
    const { roomId } = await createTestMeetingRoom(t.ctx.db, { bufferMinutes: 5 });
    // each request asks for a different but overlapping hour: 09:00+i minutes … 10:00+i minutes
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const start = new Date(Date.parse('2026-12-01T01:00:00Z') + (i % 30) * 60_000);
        return book(i, {
          roomId,
          title: `抢会议室 ${i}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        });
      }),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(99);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.code).toBe('ROOM_CONFLICT');
      expect(r.json().error.details.conflicts).toHaveLength(1);
    }
    const stored = await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.roomId, roomId));
    expect(stored).toHaveLength(1);
  });

  it('parallel weekly series with skipConflicts never share a slot', async () => {
    const { roomId } = await createTestMeetingRoom(t.ctx.db);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        book(i, {
          roomId,
          title: `系列 ${i}`,
          startsAt: '2026-12-01T14:00:00+08:00',
          endsAt: '2026-12-01T15:00:00+08:00',
          rrule: 'FREQ=DAILY;COUNT=8',
          skipNonWorkdays: true,
          skipConflicts: true,
        }),
      ),
    );
    const odd = results.filter((r) => r.statusCode !== 201 && r.statusCode !== 409);
    expect(odd.map((r) => r.body)).toEqual([]);
    const stored = await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.roomId, roomId));
    const starts = stored.map((b) => b.startsAt.toISOString());
    expect(new Set(starts).size).toBe(starts.length);
    // every workday slot of the 8 days is taken by exactly one series (Dec 1–4, 7–8)
    expect(starts).toHaveLength(6);
    const booked = results.filter((r) => r.statusCode === 201).flatMap((r) => r.json().occurrences);
    expect(booked).toHaveLength(6);
  });

  it('a weekly quota holds against parallel requests of one person', async () => {
    const { roomId } = await createTestMeetingRoom(t.ctx.db, { quotaHoursPerWeek: 2 });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/room-bookings',
          headers: callers[0]?.headers ?? {},
          payload: {
            roomId,
            title: `配额 ${i}`,
            startsAt: new Date(Date.parse('2026-12-01T00:00:00Z') + i * 3_600_000).toISOString(),
            endsAt: new Date(Date.parse('2026-12-01T01:00:00Z') + i * 3_600_000).toISOString(),
          },
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(
      results
        .filter((r) => r.statusCode !== 201)
        .every((r) => r.json().error.code === 'BOOKING_QUOTA_EXCEEDED'),
    ).toBe(true);
  });

  it('a closure and a booking created at the same moment never leave a booking unseen inside the closure', async () => {
    const { roomId } = await createTestMeetingRoom(t.ctx.db);
    const admin = await loginAs(t.app, org.users.logistics.username);
    for (let day = 1; day <= 8; day++) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      if ([5, 6].includes(day)) continue; // weekend
      const [booking, closure] = await Promise.all([
        book(0, {
          roomId,
          title: `会 ${day}`,
          startsAt: `${date}T10:00:00+08:00`,
          endsAt: `${date}T11:00:00+08:00`,
        }),
        t.app.inject({
          method: 'POST',
          url: `/api/admin/meeting-rooms/${roomId}/closures`,
          headers: admin.headers,
          payload: { startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T12:00:00+08:00`, reason: '检修' },
        }),
      ]);
      expect(closure.statusCode).toBe(201);
      if (booking.statusCode === 201) {
        // the booking committed first: the closure lists it for its booker to move or cancel
        expect(closure.json().affected.map((b: { id: string }) => b.id)).toContain(booking.json().id);
      } else {
        expect(booking.json().error.code).toBe('BOOKING_RULES_VIOLATED');
        expect(booking.json().error.details.occurrences[0].status).toBe('closed');
      }
    }
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { insertBooking, insertBuilding, insertMeetingRoom } from './test-rooms';

const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

describe('meeting rooms: closures', () => {
  let t: TestApp;
  let org: TestOrg;
  let logistics: LoggedIn;
  let staffA: LoggedIn;
  let room = '';
  let other = '';
  const booking: Record<'a' | 'b' | 'd' | 'elsewhere', string> = { a: '', b: '', d: '', elsewhere: '' };
  let closureId = '';

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    logistics = await loginAs(t.app, org.users.logistics.username);
    staffA = await loginAs(t.app, org.users.staffA.username);
    const b = await insertBuilding(t.ctx.db, '一号楼');
    room = await insertMeetingRoom(t.ctx.db, b, '甲会议室');
    other = await insertMeetingRoom(t.ctx.db, b, '乙会议室');
    const day = '2026-03-03';
    const base = { roomId: room, unitId: org.unitA, bookerId: org.users.staffA.id };
    booking.a = await insertBooking(t.ctx.db, {
      ...base,
      title: '预算会',
      startsAt: sh(day, '09:00'),
      endsAt: sh(day, '10:00'),
    });
    booking.b = await insertBooking(t.ctx.db, {
      ...base,
      bookerId: org.users.staffB.id,
      unitId: org.unitB,
      title: '财政例会',
      status: 'pending',
      startsAt: sh(day, '10:30'),
      endsAt: sh(day, '11:00'),
    });
    await insertBooking(t.ctx.db, {
      ...base,
      status: 'cancelled',
      startsAt: sh(day, '11:00'),
      endsAt: sh(day, '11:30'),
    });
    booking.d = await insertBooking(t.ctx.db, {
      ...base,
      title: '下午会',
      startsAt: sh(day, '13:00'),
      endsAt: sh(day, '14:00'),
    });
    booking.elsewhere = await insertBooking(t.ctx.db, {
      ...base,
      roomId: other,
      startsAt: sh(day, '09:00'),
      endsAt: sh(day, '10:00'),
    });
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, as: LoggedIn, payload?: object) =>
    t.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
  const noticesOf = (userId: string) =>
    t.ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.type, 'room.closure_affects_booking')));

  it('closes a room, lists the active bookings inside and tells each booker', async () => {
    const res = await call('POST', `/api/admin/meeting-rooms/${room}/closures`, logistics, {
      startsAt: sh('2026-03-03', '08:00'),
      endsAt: sh('2026-03-03', '12:00'),
      reason: '区委全会布置会场',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    closureId = body.closure.id;
    expect(body.closure).toMatchObject({
      roomId: room,
      startsAt: sh('2026-03-03', '08:00'),
      endsAt: sh('2026-03-03', '12:00'),
      reason: '区委全会布置会场',
      createdBy: { id: org.users.logistics.id, displayName: '孙七' },
    });
    expect(
      body.affected.map((b: { id: string; status: string; title: string }) => [b.id, b.status, b.title]),
    ).toEqual([
      [booking.a, 'confirmed', '预算会'],
      [booking.b, 'pending', '财政例会'],
    ]);

    const [toA, ...moreA] = await noticesOf(org.users.staffA.id);
    expect(moreA).toHaveLength(0);
    expect(toA).toMatchObject({
      link: `/rooms/bookings/${booking.a}`,
      data: { closureId, roomId: room, bookingIds: [booking.a] },
    });
    expect(toA?.title).toContain('甲会议室');
    expect(toA?.body).toContain('3月3日 09:00「预算会」');
    expect(toA?.body).toContain('区委全会布置会场');
    expect(await noticesOf(org.users.staffB.id)).toHaveLength(1);
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting_room.closure_created'), eq(auditLog.entityId, closureId)));
    expect(entry?.changes).toMatchObject({
      affectedBookingIds: { before: null, after: [booking.a, booking.b] },
    });
  });

  it('refuses an overlapping closure of the same room with 409 naming the one in the way', async () => {
    const clash = await call('POST', `/api/admin/meeting-rooms/${room}/closures`, logistics, {
      startsAt: sh('2026-03-03', '11:00'),
      endsAt: sh('2026-03-03', '13:30'),
      reason: '重叠',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'CLOSURE_OVERLAPS',
      details: {
        closures: [{ id: closureId, startsAt: sh('2026-03-03', '08:00'), endsAt: sh('2026-03-03', '12:00') }],
      },
    });
    // back to back is fine, and another room is another matter
    const next = await call('POST', `/api/admin/meeting-rooms/${room}/closures`, logistics, {
      startsAt: sh('2026-03-03', '12:00'),
      endsAt: sh('2026-03-03', '18:00'),
      reason: '继续布置',
    });
    expect(next.statusCode).toBe(201);
    expect(next.json().affected.map((b: { id: string }) => b.id)).toEqual([booking.d]);
    const elsewhere = await call('POST', `/api/admin/meeting-rooms/${other}/closures`, logistics, {
      startsAt: sh('2026-03-03', '08:00'),
      endsAt: sh('2026-03-03', '12:00'),
      reason: '检修',
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().affected.map((b: { id: string }) => b.id)).toEqual([booking.elsewhere]);
  });

  it('lists closures with their affected bookings; only managers; bad input names the field', async () => {
    const list = await call('GET', `/api/admin/meeting-rooms/${room}/closures`, logistics);
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json()
        .items.map((c: { reason: string; affected: { id: string }[] }) => [
          c.reason,
          c.affected.map((b) => b.id),
        ]),
    ).toEqual([
      ['区委全会布置会场', [booking.a, booking.b]],
      ['继续布置', [booking.d]],
    ]);
    expect((await call('GET', `/api/admin/meeting-rooms/${room}/closures`, staffA)).statusCode).toBe(403);
    const reversed = await call('POST', `/api/admin/meeting-rooms/${room}/closures`, logistics, {
      startsAt: sh('2026-03-05', '12:00'),
      endsAt: sh('2026-03-05', '08:00'),
      reason: 'x',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.issues[0].path).toBe('body.endsAt');
    const noReason = await call('POST', `/api/admin/meeting-rooms/${room}/closures`, logistics, {
      startsAt: sh('2026-03-05', '08:00'),
      endsAt: sh('2026-03-05', '12:00'),
      reason: '  ',
    });
    expect(noReason.json().error.issues[0].path).toBe('body.reason');
    const unknown = await call(
      'POST',
      '/api/admin/meeting-rooms/00000000-0000-4000-8000-000000000000/closures',
      logistics,
      {
        startsAt: sh('2026-03-05', '08:00'),
        endsAt: sh('2026-03-05', '12:00'),
        reason: 'x',
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('deletes a closure (audited); the period is open again', async () => {
    expect((await call('DELETE', `/api/admin/meeting-closures/${closureId}`, staffA)).statusCode).toBe(403);
    const res = await call('DELETE', `/api/admin/meeting-closures/${closureId}`, logistics);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await call('DELETE', `/api/admin/meeting-closures/${closureId}`, logistics)).statusCode).toBe(
      404,
    );
    const day = await call('GET', '/api/rooms/availability?date=2026-03-03&from=09:00&to=10:00', staffA);
    expect(day.json().rooms).toEqual([]); // booking a is still there
    const open = await call('GET', '/api/rooms/availability?date=2026-03-03&from=10:00&to=10:30', staffA);
    expect(open.json().rooms.map((r: { room: { id: string } }) => r.room.id)).toEqual([room]);
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting_room.closure_deleted'), eq(auditLog.entityId, closureId)));
    expect(entry).toBeDefined();
  });
});

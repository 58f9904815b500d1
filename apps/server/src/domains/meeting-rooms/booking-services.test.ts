import { and, desc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import type { LoggedIn } from '../../test/fixtures';
import { users } from '../organisation/tables';
import { useBookingTestApp } from './booking-test-app';
import { meetingServiceTasks } from './tables';
import { createTestMeetingRoom } from './test-rooms';

interface ServiceView {
  kind: string;
  note: string;
  dueAt: string;
  status: string;
}

describe('room bookings: changing the meeting services', () => {
  const s = useBookingTestApp();

  const patch = (id: string, payload: object, as: LoggedIn = s.staffA) =>
    s.t.app.inject({ method: 'PATCH', url: `/api/room-bookings/${id}`, headers: as.headers, payload });

  /** kind → [status, dueAt, note] of a booking's tasks, straight from the table */
  const tasksOf = async (bookingId: string) =>
    Object.fromEntries(
      (
        await s.t.ctx.db
          .select()
          .from(meetingServiceTasks)
          .where(eq(meetingServiceTasks.bookingId, bookingId))
      ).map((t) => [t.kind, [t.status, t.dueAt.toISOString(), t.note]]),
    );

  /** the service-task notices the room administrator got about a meeting */
  const serviceNotices = async (meeting: string) => {
    const [admin] = await s.t.ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'roomadmin'));
    const rows = await s.t.ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.type, 'room.service_task'), eq(notifications.userId, admin?.id ?? '')))
      .orderBy(notifications.seq);
    return rows.filter((n) => n.body.includes(`“${meeting}”`));
  };

  const bookOne = async (title: string, services: object[], day = '2026-12-02') => {
    const room = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: room,
      title,
      startsAt: `${day}T14:00:00+08:00`,
      endsAt: `${day}T15:00:00+08:00`,
      services,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  it('adds tea (due 15 minutes before), cancels the name cards, and the booker sees both', async () => {
    const id = await bookOne('服务调整会', [{ kind: 'name_cards' }]);
    const before = (await serviceNotices('服务调整会')).length;

    const res = await patch(id, { services: [{ kind: 'tea', note: '8 杯' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(await tasksOf(id)).toEqual({
      tea: ['open', '2026-12-02T05:45:00.000Z', '8 杯'],
      name_cards: ['cancelled', '2026-12-02T05:30:00.000Z', ''],
    });

    const seen = await s.get(`/api/room-bookings/${id}`, s.staffA);
    expect(
      (seen.json().services as ServiceView[]).map((v) => [v.kind, v.status, v.dueAt, v.note]).sort(),
    ).toEqual([
      ['name_cards', 'cancelled', '2026-12-02T05:30:00.000Z', ''],
      ['tea', 'open', '2026-12-02T05:45:00.000Z', '8 杯'],
    ]);

    // the service staff are told of the tea, as when a meeting is booked with it
    const told = await serviceNotices('服务调整会');
    expect(told.length).toBe(before + 1);
    expect(told.at(-1)?.title).toBe('新的会务任务：茶水');
    expect(told.at(-1)?.link).toBe('/rooms/tasks');

    // the change is in the booking's audit entry
    const [entry] = await s.t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'room_booking.updated'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry?.changes).toMatchObject({
      services: { before: [{ kind: 'name_cards', note: '' }], after: [{ kind: 'tea', note: '8 杯' }] },
    });
  });

  it('a done task stays done when its kind is removed; a cancelled one comes back with a new due time', async () => {
    const id = await bookOne('已备茶', [{ kind: 'tea' }, { kind: 'banner', note: '欢迎横幅' }]);
    const tasks = await s.t.ctx.db
      .select()
      .from(meetingServiceTasks)
      .where(eq(meetingServiceTasks.bookingId, id));
    const tea = tasks.find((t) => t.kind === 'tea');
    const done = await s.post(`/api/meeting-services/tasks/${tea?.id}/done`, {}, s.roomAdmin);
    expect(done.statusCode, done.body).toBe(200);

    expect((await patch(id, { services: [] })).statusCode).toBe(200);
    expect(await tasksOf(id)).toEqual({
      tea: ['done', '2026-12-02T05:45:00.000Z', ''],
      banner: ['cancelled', '2026-12-02T05:00:00.000Z', '欢迎横幅'],
    });

    // wanted again, and the meeting moved an hour later in the same request: due from the new start
    const again = await patch(id, {
      startsAt: '2026-12-02T15:00:00+08:00',
      endsAt: '2026-12-02T16:00:00+08:00',
      services: [{ kind: 'banner', note: '新横幅' }, { kind: 'tea' }],
    });
    expect(again.statusCode, again.body).toBe(200);
    const after = await tasksOf(id);
    expect(after.banner).toEqual(['open', '2026-12-02T06:00:00.000Z', '新横幅']);
    expect(after.tea?.[0]).toBe('done');
    const told = await serviceNotices('已备茶');
    expect(told.at(-1)?.title).toBe('新的会务任务：会标');
  });

  it('changes the note of an open task, its due time kept, without a new notice', async () => {
    const id = await bookOne('改说明', [{ kind: 'av_setup', note: '投影' }]);
    // moved half an hour earlier first: the task moves with the meeting
    const moved = await patch(id, {
      startsAt: '2026-12-02T13:30:00+08:00',
      endsAt: '2026-12-02T14:30:00+08:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await tasksOf(id)).av_setup).toEqual(['open', '2026-12-02T05:00:00.000Z', '投影']);
    const noticesBefore = (await serviceNotices('改说明')).length;

    const res = await patch(id, { services: [{ kind: 'av_setup', note: '投影 + 两支话筒' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect((await tasksOf(id)).av_setup).toEqual(['open', '2026-12-02T05:00:00.000Z', '投影 + 两支话筒']);
    expect((await serviceNotices('改说明')).length).toBe(noticesBefore);
    // the same list again changes nothing
    expect((await patch(id, { services: [{ kind: 'av_setup', note: '投影 + 两支话筒' }] })).statusCode).toBe(
      200,
    );
    expect((await tasksOf(id)).av_setup).toEqual(['open', '2026-12-02T05:00:00.000Z', '投影 + 两支话筒']);
  });

  it("scope 'following' changes that meeting and the later ones of the series only", async () => {
    const room = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: room,
      title: '周会服务',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T10:00:00+08:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      services: [{ kind: 'tea' }],
    });
    const [o1, o2, o3] = (res.json().occurrences as { id: string }[]).map((o) => o.id) as [
      string,
      string,
      string,
    ];
    const before = (await serviceNotices('周会服务')).length;

    const changed = await patch(o2, { scope: 'following', services: [{ kind: 'name_cards' }] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().changed.map((c: { id: string }) => c.id)).toEqual([o2, o3]);
    expect(await tasksOf(o1)).toEqual({ tea: ['open', '2026-12-01T00:45:00.000Z', ''] });
    expect(await tasksOf(o2)).toEqual({
      tea: ['cancelled', '2026-12-08T00:45:00.000Z', ''],
      name_cards: ['open', '2026-12-08T00:30:00.000Z', ''],
    });
    expect(await tasksOf(o3)).toEqual({
      tea: ['cancelled', '2026-12-15T00:45:00.000Z', ''],
      name_cards: ['open', '2026-12-15T00:30:00.000Z', ''],
    });
    // one notice for the two meetings, from the first of them
    const told = await serviceNotices('周会服务');
    expect(told.length).toBe(before + 1);
    expect(told.at(-1)?.title).toBe('新的会务任务：席卡');
    expect(told.at(-1)?.body).toContain('（共 2 次）');
  });

  it('a meeting that has started keeps its tasks; the later ones of the series change', async () => {
    const room = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const res = await s.book({
      roomId: room,
      title: '进行中',
      startsAt: '2026-11-30T09:00:00+08:00',
      endsAt: '2026-11-30T11:00:00+08:00',
      rrule: 'FREQ=DAILY;COUNT=2',
      services: [{ kind: 'tea' }],
    });
    const [o1, o2] = (res.json().occurrences as { id: string }[]).map((o) => o.id) as [string, string];
    s.t.clock.set('2026-11-30T01:30:00Z'); // 09:30 on the first day

    const series = await patch(o1, { scope: 'series', services: [{ kind: 'banner' }] });
    expect(series.statusCode, series.body).toBe(200);
    expect(await tasksOf(o1)).toEqual({ tea: ['open', '2026-11-30T00:45:00.000Z', ''] });
    expect(await tasksOf(o2)).toEqual({
      tea: ['cancelled', '2026-12-01T00:45:00.000Z', ''],
      banner: ['open', '2026-12-01T00:00:00.000Z', ''],
    });
    // the started meeting alone: nothing it could change
    const alone = await patch(o1, { services: [] });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().error.code).toBe('BOOKING_NOT_CHANGEABLE');
    expect(await tasksOf(o1)).toEqual({ tea: ['open', '2026-11-30T00:45:00.000Z', ''] });
  });

  it('refuses a kind twice, naming the field; others may not change the services', async () => {
    const id = await bookOne('重复', [{ kind: 'tea' }]);
    const twice = await patch(id, {
      services: [{ kind: 'tea' }, { kind: 'banner' }, { kind: 'tea', note: 'x' }],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.code).toBe('VALIDATION_FAILED');
    expect(twice.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['body.services.2.kind']);
    expect(twice.json().error.issues[0].message).toContain('body.services.2.kind');
    // booking with a kind twice is refused the same way (it was a unique-index failure)
    const room = (await createTestMeetingRoom(s.t.ctx.db)).roomId;
    const booked = await s.book({
      roomId: room,
      title: '重复预订',
      startsAt: '2026-12-03T14:00:00+08:00',
      endsAt: '2026-12-03T15:00:00+08:00',
      services: [{ kind: 'banner' }, { kind: 'banner' }],
    });
    expect(booked.statusCode).toBe(400);
    expect(booked.json().error.issues[0].path).toBe('body.services.1.kind');

    expect((await patch(id, { services: [] }, s.staffB)).statusCode).toBe(404);
    const rows = await s.t.ctx.db
      .select()
      .from(meetingServiceTasks)
      .where(and(eq(meetingServiceTasks.bookingId, id), inArray(meetingServiceTasks.status, ['open'])));
    expect(rows.map((r) => r.kind)).toEqual(['tea']);
  });
});

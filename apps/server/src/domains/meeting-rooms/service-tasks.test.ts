import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { loadBookings } from './booking-view';
import { meetingServiceTasks } from './tables';
import { insertBooking, insertBuilding, insertMeetingRoom } from './test-rooms';

const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

describe('meeting rooms: service tasks', () => {
  let t: TestApp;
  let org: TestOrg;
  let logistics: LoggedIn;
  let staffA: LoggedIn;
  let morning = '';
  const task = (bookingId: string, kind: string) =>
    t.ctx.db
      .select()
      .from(meetingServiceTasks)
      .where(and(eq(meetingServiceTasks.bookingId, bookingId), eq(meetingServiceTasks.kind, kind as 'tea')))
      .then((rows) => rows[0]?.id ?? '');

  beforeAll(async () => {
    // 01:30 on Monday 2 March in Shanghai, still Sunday 1 March in UTC and in the process zone
    t = await createTestApp({ now: '2026-03-01T17:30:00Z' });
    org = await seedTestOrg(t.ctx.db);
    logistics = await loginAs(t.app, org.users.logistics.username);
    staffA = await loginAs(t.app, org.users.staffA.username);
    const b = await insertBuilding(t.ctx.db, '一号楼');
    const room = await insertMeetingRoom(t.ctx.db, b, '甲会议室');
    const base = { roomId: room, unitId: org.unitA, bookerId: org.users.staffA.id };
    const today = '2026-03-02';
    await insertBooking(t.ctx.db, {
      ...base,
      title: '凌晨值班会',
      startsAt: sh(today, '00:30'),
      endsAt: sh(today, '01:00'),
      services: [{ kind: 'tea', dueAt: sh(today, '00:15') }],
    });
    morning = await insertBooking(t.ctx.db, {
      ...base,
      title: '预算会',
      startsAt: sh(today, '10:00'),
      endsAt: sh(today, '11:00'),
      attendeeIds: [org.users.staffB.id, org.users.staffA.id],
      externalCount: 3,
      services: [
        { kind: 'tea', dueAt: sh(today, '09:45') },
        { kind: 'name_cards', dueAt: sh(today, '09:30'), status: 'done' },
        { kind: 'banner', dueAt: sh(today, '09:00'), status: 'cancelled' },
      ],
    });
    await insertBooking(t.ctx.db, {
      ...base,
      title: '下午会',
      status: 'pending',
      startsAt: sh(today, '14:00'),
      endsAt: sh(today, '15:00'),
      services: [{ kind: 'av_setup', dueAt: sh(today, '13:30') }],
    });
    await insertBooking(t.ctx.db, {
      ...base,
      title: '已取消',
      status: 'cancelled',
      startsAt: sh(today, '16:00'),
      endsAt: sh(today, '17:00'),
      services: [{ kind: 'tea', dueAt: sh(today, '15:45') }],
    });
    await insertBooking(t.ctx.db, {
      ...base,
      title: '明日会',
      startsAt: sh('2026-03-03', '09:00'),
      endsAt: sh('2026-03-03', '10:00'),
      services: [{ kind: 'tea', dueAt: sh('2026-03-03', '08:45') }],
    });
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, as: LoggedIn) =>
    t.app.inject({ method, url, headers: as.headers });

  it("lists today's and tomorrow's tasks of active bookings in Shanghai time, by due time", async () => {
    const today = await call('GET', '/api/meeting-services/tasks', logistics);
    expect(today.statusCode).toBe(200);
    const items = today.json().items as {
      kind: string;
      status: string;
      dueAt: string;
      booking: {
        title: string;
        attendeeCount: number;
        room: { name: string };
        booker: { displayName: string };
      };
    }[];
    expect(items.map((i) => [i.booking.title, i.kind, i.status, i.dueAt])).toEqual([
      ['凌晨值班会', 'tea', 'open', sh('2026-03-02', '00:15')],
      ['预算会', 'name_cards', 'done', sh('2026-03-02', '09:30')],
      ['预算会', 'tea', 'open', sh('2026-03-02', '09:45')],
      ['下午会', 'av_setup', 'open', sh('2026-03-02', '13:30')],
    ]);
    // the booker, the other attendee and three guests
    expect(items[2]?.booking).toMatchObject({
      attendeeCount: 5,
      room: { name: '甲会议室' },
      booker: { displayName: '张三' },
    });
    const tomorrow = await call('GET', '/api/meeting-services/tasks?day=tomorrow', logistics);
    expect(tomorrow.json().items.map((i: { booking: { title: string } }) => i.booking.title)).toEqual([
      '明日会',
    ]);
    expect((await call('GET', '/api/meeting-services/tasks?day=yesterday', logistics)).statusCode).toBe(400);
    expect((await call('GET', '/api/meeting-services/tasks', staffA)).statusCode).toBe(403);
  });

  it('marks a task done once (audited); the booker sees it on the booking; cancelled tasks refuse', async () => {
    const tea = await task(morning, 'tea');
    const done = await call('POST', `/api/meeting-services/tasks/${tea}/done`, logistics);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      id: tea,
      status: 'done',
      doneAt: t.clock.now().toISOString(),
      doneBy: { id: org.users.logistics.id, displayName: '孙七' },
    });
    t.clock.advance(60_000);
    const admin = await loginAs(t.app, org.users.admin.username);
    const again = await call('POST', `/api/meeting-services/tasks/${tea}/done`, admin);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      doneBy: { id: org.users.logistics.id },
      doneAt: done.json().doneAt,
    });
    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting_service_task.done'), eq(auditLog.entityId, tea)));
    expect(entries).toHaveLength(1);

    const [seen] = await loadBookings(
      t.ctx,
      {
        id: org.users.staffA.id,
        username: 'zhangsan',
        displayName: '张三',
        unitId: org.unitA,
        roles: ['staff'],
      },
      { ids: [morning] },
    );
    expect(seen?.services.find((s) => s.kind === 'tea')).toMatchObject({
      status: 'done',
      doneBy: { displayName: '孙七' },
    });

    const banner = await task(morning, 'banner');
    const refused = await call('POST', `/api/meeting-services/tasks/${banner}/done`, logistics);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('BOOKING_NOT_CHANGEABLE');
    expect((await call('POST', `/api/meeting-services/tasks/${tea}/done`, staffA)).statusCode).toBe(403);
    expect(
      (await call('POST', '/api/meeting-services/tasks/00000000-0000-4000-8000-000000000000/done', logistics))
        .statusCode,
    ).toBe(404);
  });
});

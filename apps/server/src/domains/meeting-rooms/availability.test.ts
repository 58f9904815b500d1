import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { roomClosures } from './tables';
import { insertBooking, insertBuilding, insertMeetingRoom } from './test-rooms';

/** Shanghai wall time on a date → the instant (UTC+8, no DST). */
const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

interface DayBody {
  date: string;
  openFrom: string | null;
  openTo: string | null;
  busy: {
    bookingId: string;
    startsAt: string;
    endsAt: string;
    blockedUntil: string;
    status: string;
    unitName: string;
    title: string | null;
    mine: boolean;
  }[];
  closures: { startsAt: string; endsAt: string; reason: string }[];
}
interface AvailabilityBody {
  date: string;
  rooms: { room: { id: string; name: string }; day: DayBody }[];
}

describe('meeting rooms: availability and schedule', () => {
  let t: TestApp;
  let org: TestOrg;
  let staffA: LoggedIn;
  let staffB: LoggedIn;
  let unitAdminA: LoggedIn;
  let r1 = '';
  let r2 = '';
  let r3 = '';
  let budget = '';
  let pending = '';

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    staffA = await loginAs(t.app, org.users.staffA.username);
    staffB = await loginAs(t.app, org.users.staffB.username);
    unitAdminA = await loginAs(t.app, org.users.unitAdminA.username);
    const b = await insertBuilding(t.ctx.db, '一号楼');
    r1 = await insertMeetingRoom(t.ctx.db, b, '甲会议室', { bufferMinutes: 15, capacity: 12 });
    r2 = await insertMeetingRoom(t.ctx.db, b, '乙会议室', { workdaysOnly: false, capacity: 8 });
    r3 = await insertMeetingRoom(t.ctx.db, b, '丙会议室', { capacity: 30, equipment: ['projector'] });
    const day = '2026-03-02';
    budget = await insertBooking(t.ctx.db, {
      roomId: r1,
      bookerId: org.users.staffA.id,
      unitId: org.unitA,
      title: '预算会',
      startsAt: sh(day, '09:00'),
      endsAt: sh(day, '10:00'),
      bufferMinutes: 15,
      attendeeIds: [org.users.staffB.id],
    });
    pending = await insertBooking(t.ctx.db, {
      roomId: r1,
      bookerId: org.users.staffB.id,
      unitId: org.unitB,
      title: '财政例会',
      status: 'pending',
      startsAt: sh(day, '14:00'),
      endsAt: sh(day, '15:00'),
      bufferMinutes: 15,
    });
    await insertBooking(t.ctx.db, {
      roomId: r1,
      bookerId: org.users.staffA.id,
      unitId: org.unitA,
      status: 'cancelled',
      startsAt: sh(day, '11:00'),
      endsAt: sh(day, '12:00'),
    });
    await insertBooking(t.ctx.db, {
      roomId: r1,
      bookerId: org.users.staffA.id,
      unitId: org.unitA,
      startsAt: sh('2026-03-03', '09:00'),
      endsAt: sh('2026-03-03', '10:00'),
    });
    await t.ctx.db.insert(roomClosures).values({
      roomId: r2,
      startsAt: new Date(sh(day, '10:00')),
      endsAt: new Date(sh(day, '12:00')),
      reason: '设备检修',
      createdAt: t.clock.now(),
    });
  });
  afterAll(async () => t.close());

  const get = async (url: string, as: LoggedIn) => t.app.inject({ method: 'GET', url, headers: as.headers });
  const availability = async (query: string, as: LoggedIn = staffA) => {
    const res = await get(`/api/rooms/availability?${query}`, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AvailabilityBody;
  };
  const roomIds = (body: AvailabilityBody) => body.rooms.map((r) => r.room.id);

  it("shows each room's open window, busy slots with their buffer, and closures for the day", async () => {
    const body = await availability('date=2026-03-02', staffB);
    expect(body.date).toBe('2026-03-02');
    expect(roomIds(body)).toEqual([r1, r2, r3]);
    const [first, second, third] = body.rooms;
    // a summary of each room: what the finder shows, not its rules (those are in GET /api/rooms/{id})
    expect(Object.keys(first?.room ?? {}).sort()).toEqual(
      [
        'id',
        'name',
        'number',
        'buildingId',
        'building',
        'floorId',
        'floor',
        'floorLevel',
        'capacity',
        'equipment',
        'requiresApproval',
        'checkInRequired',
        'mayBook',
      ].sort(),
    );
    expect(first?.day).toMatchObject({
      date: '2026-03-02',
      openFrom: '08:00',
      openTo: '18:00',
      closures: [],
    });
    expect(first?.day.busy).toEqual([
      {
        bookingId: budget,
        startsAt: sh('2026-03-02', '09:00'),
        endsAt: sh('2026-03-02', '10:00'),
        blockedUntil: sh('2026-03-02', '10:15'),
        status: 'confirmed',
        unitName: '区发改局',
        title: '预算会', // staffB attends
        mine: true,
      },
      {
        bookingId: pending,
        startsAt: sh('2026-03-02', '14:00'),
        endsAt: sh('2026-03-02', '15:00'),
        blockedUntil: sh('2026-03-02', '15:15'),
        status: 'pending',
        unitName: '区财政局',
        title: '财政例会',
        mine: true,
      },
    ]);
    expect(second?.day.closures).toEqual([
      { startsAt: sh('2026-03-02', '10:00'), endsAt: sh('2026-03-02', '12:00'), reason: '设备检修' },
    ]);
    expect(third?.day.busy).toEqual([]);
  });

  it('shows titles only to those allowed: the parties, the unit admin of the booker, managers', async () => {
    const titles = async (as: LoggedIn) =>
      (await availability('date=2026-03-02', as)).rooms[0]?.day.busy.map((b) => [b.title, b.mine]);
    expect(await titles(staffA)).toEqual([
      ['预算会', true],
      [null, false],
    ]);
    expect(await titles(unitAdminA)).toEqual([
      ['预算会', false],
      [null, false],
    ]);
    const logistics = await loginAs(t.app, org.users.logistics.username);
    expect(await titles(logistics)).toEqual([
      ['预算会', false],
      ['财政例会', false],
    ]);
  });

  it('keeps only rooms free for a whole window: open hours, buffers on both sides, closures', async () => {
    const free = async (from: string, to: string) =>
      roomIds(await availability(`date=2026-03-02&from=${from}&to=${to}`));
    expect(await free('09:30', '10:00')).toEqual([r2, r3]);
    // r1 is blocked by the buffer until 10:15; r2 is closed from 10:00
    expect(await free('10:00', '10:10')).toEqual([r3]);
    expect(await free('10:15', '11:00')).toEqual([r1, r3]);
    // a booking ending at 14:00 would need r1's buffer until 14:15, into the pending booking
    expect(await free('13:00', '14:00')).toEqual([r2, r3]);
    expect(await free('07:00', '08:30')).toEqual([]);
    expect(await free('17:00', '18:00')).toEqual([r1, r2, r3]);
    expect(roomIds(await availability('date=2026-03-02&from=10:15&to=11:00&minCapacity=20'))).toEqual([r3]);
    expect(roomIds(await availability('date=2026-03-02&equipment=projector'))).toEqual([r3]);
  });

  it('follows the official calendar: rooms open on workdays only are closed on weekends and holidays', async () => {
    const saturday = await availability('date=2026-03-07');
    expect(saturday.rooms.map((r) => [r.room.id, r.day.openFrom])).toEqual([
      [r1, null],
      [r2, '08:00'],
      [r3, null],
    ]);
    expect(roomIds(await availability('date=2026-03-07&from=09:00&to=10:00'))).toEqual([r2]);
    const calendar = await get('/api/calendar/workdays?from=2026-02-16&to=2026-02-28', staffA);
    const days = new Map(calendar.json().map((d: { date: string; workday: boolean }) => [d.date, d.workday]));
    expect([days.get('2026-02-16'), days.get('2026-02-28')]).toEqual([false, true]);
    // 春节 Monday closed, the 调休 Saturday open
    expect((await availability('date=2026-02-16')).rooms[0]?.day.openFrom).toBeNull();
    expect((await availability('date=2026-02-28')).rooms[0]?.day.openFrom).toBe('08:00');
  });

  it('refuses half or empty windows naming the field', async () => {
    for (const [query, path] of [
      ['date=2026-03-02&from=09:00', 'query.to'],
      ['date=2026-03-02&to=09:00', 'query.from'],
      ['date=2026-03-02&from=10:00&to=09:00', 'query.to'],
      ['date=2026-03-02&from=10:00&to=10:00', 'query.to'],
      ['date=2026-02-30', 'query.date'],
      ['date=2026-03-02&from=9:00&to=10:00', 'query.from'],
    ] as const) {
      const res = await get(`/api/rooms/availability?${query}`, staffA);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.issues[0].path).toBe(path);
    }
  });

  it("gives a room's schedule day by day, at most 31 days", async () => {
    const res = await get(`/api/rooms/${r1}/schedule?from=2026-03-01&to=2026-03-07`, staffB);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { room: { id: string }; days: DayBody[] };
    expect(body.room.id).toBe(r1);
    expect(body.days.map((d) => [d.date, d.openFrom, d.busy.length])).toEqual([
      ['2026-03-01', null, 0],
      ['2026-03-02', '08:00', 2],
      ['2026-03-03', '08:00', 1],
      ['2026-03-04', '08:00', 0],
      ['2026-03-05', '08:00', 0],
      ['2026-03-06', '08:00', 0],
      ['2026-03-07', null, 0],
    ]);
    expect(body.days[2]?.busy[0]?.title).toBeNull();
    const long = await get(`/api/rooms/${r1}/schedule?from=2026-03-01&to=2026-04-01`, staffA);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.issues[0]).toMatchObject({ path: 'query.to' });
    expect(long.json().error.issues[0].message).toContain('31');
    expect((await get(`/api/rooms/${r1}/schedule?from=2026-03-01&to=2026-03-31`, staffA)).statusCode).toBe(
      200,
    );
    expect((await get(`/api/rooms/${r1}/schedule?from=2026-03-05&to=2026-03-01`, staffA)).statusCode).toBe(
      400,
    );
    expect(
      (
        await get(
          '/api/rooms/00000000-0000-4000-8000-000000000000/schedule?from=2026-03-01&to=2026-03-01',
          staffA,
        )
      ).statusCode,
    ).toBe(404);
  });
});

import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { buildings, floors, rooms } from '../spaces/tables';
import { meetingRooms, roomBookingAttendees, roomBookings } from './tables';

/** A title that needs escaping (a semicolon, a backslash) and folding (over 75 octets in UTF-8). */
export const LONG_TITLE =
  '关于二〇二六年度区级机关办公用房调整、会议室改造及会务保障工作的专题协调会；请带材料\\复印件';

const at = (iso: string) => new Date(iso);

export interface FeedTestApp {
  t: TestApp;
  org: TestOrg;
  staffA: LoggedIn;
  staffB: LoggedIn;
  unitAdminA: LoggedIn;
  logistics: LoggedIn;
  roomId: string;
  /** a room that is not bookable: only room managers see it */
  closedRoomId: string;
  /** booking ids by key: mine, attending, cancelled, released, othersB, tooOld, tooFar */
  ids: Record<string, string>;
  createFeed(as: LoggedIn, payload: object): Promise<LightMyRequestResponse>;
  /** path and query of a feed URL, fetched with no cookie at all (as a calendar app does) */
  fetchUrl(url: string): Promise<LightMyRequestResponse>;
  newFeedUrl(as: LoggedIn, payload?: object): Promise<string>;
  /** the UID of a booking's event */
  uid(key: string): string;
}

/**
 * The feed tests' app, filled in by a beforeAll this registers: a test organisation, two rooms (one
 * not bookable), and bookings inserted directly (the feed only reads them) on 2026-03-02.
 */
export function useFeedTestApp(): FeedTestApp {
  const s = { ids: {} } as FeedTestApp;
  beforeAll(async () => {
    const t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    const org = await seedTestOrg(t.ctx.db);
    const [staffA, staffB, unitAdminA, logistics] = await Promise.all([
      loginAs(t.app, org.users.staffA.username),
      loginAs(t.app, org.users.staffB.username),
      loginAs(t.app, org.users.unitAdminA.username),
      loginAs(t.app, org.users.logistics.username),
    ]);
    const now = t.clock.now();
    const [building] = await t.ctx.db
      .insert(buildings)
      .values({ name: '行政中心A座', code: 'A', createdAt: now, updatedAt: now })
      .returning();
    if (!building) throw new Error('seed failed');
    const [floor] = await t.ctx.db
      .insert(floors)
      .values({ buildingId: building.id, level: 3, name: '3F', createdAt: now, updatedAt: now })
      .returning();
    if (!floor) throw new Error('seed failed');
    const space = (number: string, name: string) => ({
      floorId: floor.id,
      buildingId: building.id,
      number,
      name,
      areaM2: '60',
      use: 'meeting' as const,
      createdAt: now,
      updatedAt: now,
    });
    const [room, closed] = await t.ctx.db
      .insert(rooms)
      .values([space('301', '第一会议室'), space('302', '装修中会议室')])
      .returning();
    if (!room || !closed) throw new Error('seed failed');
    const roomId = room.id;
    const closedRoomId = closed.id;
    await t.ctx.db.insert(meetingRooms).values([
      { roomId, capacity: 20, createdAt: now, updatedAt: now },
      { roomId: closedRoomId, capacity: 10, bookable: false, createdAt: now, updatedAt: now },
    ]);

    // bookings inserted directly: the feed only reads them
    const booking = (key: string, values: Partial<typeof roomBookings.$inferInsert>) => ({
      roomId,
      bookerId: org.users.staffA.id,
      unitId: org.unitA,
      title: key,
      startsAt: at('2026-03-03T01:00:00Z'),
      endsAt: at('2026-03-03T02:00:00Z'),
      blockedUntil: at('2026-03-03T02:00:00Z'),
      status: 'confirmed' as const,
      checkInRequired: false,
      createdAt: now,
      updatedAt: now,
      ...values,
    });
    const rows = await t.ctx.db
      .insert(roomBookings)
      .values([
        booking('mine', {
          title: LONG_TITLE,
          notes: '议程：一、预算;二、决算,三、其他\n请提前十分钟到场',
        }),
        booking('attending', {
          bookerId: org.users.staffB.id,
          unitId: org.unitB,
          title: '财政局预算评审会',
          status: 'pending',
          startsAt: at('2026-03-04T06:00:00Z'),
          endsAt: at('2026-03-04T07:30:00Z'),
          blockedUntil: at('2026-03-04T07:30:00Z'),
        }),
        booking('cancelled', {
          title: '已取消的碰头会',
          status: 'cancelled',
          decisionReason: '改期',
          startsAt: at('2026-03-05T01:00:00Z'),
          endsAt: at('2026-03-05T02:00:00Z'),
          blockedUntil: at('2026-03-05T02:00:00Z'),
        }),
        booking('released', {
          title: '没人来的会',
          status: 'released',
          startsAt: at('2026-02-27T01:00:00Z'),
          endsAt: at('2026-02-27T02:00:00Z'),
          blockedUntil: at('2026-02-27T02:00:00Z'),
        }),
        booking('othersB', {
          bookerId: org.users.staffB.id,
          unitId: org.unitB,
          title: '李四的内部会',
          startsAt: at('2026-03-06T01:00:00Z'),
          endsAt: at('2026-03-06T02:00:00Z'),
          blockedUntil: at('2026-03-06T02:00:00Z'),
        }),
        booking('tooOld', {
          title: '四十天前',
          startsAt: at('2026-01-20T01:00:00Z'),
          endsAt: at('2026-01-20T02:00:00Z'),
          blockedUntil: at('2026-01-20T02:00:00Z'),
        }),
        booking('tooFar', {
          title: '四百天后',
          startsAt: at('2027-04-06T01:00:00Z'),
          endsAt: at('2027-04-06T02:00:00Z'),
          blockedUntil: at('2027-04-06T02:00:00Z'),
        }),
      ])
      .returning({ id: roomBookings.id, key: roomBookings.title });
    const keys = ['mine', 'attending', 'cancelled', 'released', 'othersB', 'tooOld', 'tooFar'];
    rows.forEach((row, i) => {
      s.ids[keys[i] as string] = row.id;
    });
    await t.ctx.db
      .insert(roomBookingAttendees)
      .values({ bookingId: s.ids.attending as string, userId: org.users.staffA.id });
    Object.assign(s, {
      t,
      org,
      staffA,
      staffB,
      unitAdminA,
      logistics,
      roomId,
      closedRoomId,
      createFeed: (as: LoggedIn, payload: object) =>
        t.app.inject({ method: 'POST', url: '/api/me/calendar-feeds', headers: as.headers, payload }),
      fetchUrl: (url: string) => {
        const { pathname, search } = new URL(url);
        return t.app.inject({ method: 'GET', url: `${pathname}${search}` });
      },
      newFeedUrl: async (as: LoggedIn, payload: object = { scope: 'me' }) => {
        const res = await s.createFeed(as, payload);
        expect(res.statusCode).toBe(201);
        return res.json().url as string;
      },
      uid: (key: string) => `${s.ids[key]}@houqin`,
    });
  });
  afterAll(async () => s.t.close());
  return s;
}

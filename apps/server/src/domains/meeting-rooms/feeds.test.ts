import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { sha256Hex } from '../../platform/crypto';
import { notificationPreferences } from '../../platform/notifications/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { buildings, floors, rooms } from '../spaces/tables';
import { calendarFeeds, meetingRooms, roomBookingAttendees, roomBookings } from './tables';

interface FeedEvent {
  uid: string;
  summary: string;
  dtstart: string;
  dtend: string;
  status: string;
  sequence: number;
  organizer: string;
  organizerName: string;
  description: string | null;
}

/** Python's icalendar (Debian python3-icalendar), an independent reader: the events as JSON. */
const PYTHON_READER = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for ev in cal.walk('VEVENT'):
    org = ev.get('organizer')
    events.append({
        'uid': str(ev.get('uid')),
        'summary': str(ev.get('summary')),
        'dtstart': ev.decoded('dtstart').isoformat(),
        'dtend': ev.decoded('dtend').isoformat(),
        'status': str(ev.get('status')),
        'sequence': int(ev.get('sequence')),
        'organizer': str(org),
        'organizerName': str(org.params.get('CN')),
        'description': str(ev.get('description')) if ev.get('description') is not None else None,
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'method': str(cal.get('METHOD')), 'events': events}, ensure_ascii=False))
`;

function readWithPython(ics: string): { name: string; method: string; events: FeedEvent[] } {
  const out = execFileSync('/usr/bin/python3', ['-c', PYTHON_READER], { input: Buffer.from(ics, 'utf8') });
  return JSON.parse(out.toString('utf8'));
}

/** The same with ical.js; times as Python prints them (UTC, +00:00) for comparison. */
function readWithIcalJs(ics: string): { name: string; method: string; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const iso = (v: unknown) => (v as ICAL.Time).toJSDate().toISOString().replace('.000Z', '+00:00');
  const events = calendar.getAllSubcomponents('vevent').map((ev): FeedEvent => {
    const organizer = ev.getFirstProperty('organizer');
    const description = ev.getFirstPropertyValue('description');
    return {
      uid: String(ev.getFirstPropertyValue('uid')),
      summary: String(ev.getFirstPropertyValue('summary')),
      dtstart: iso(ev.getFirstPropertyValue('dtstart')),
      dtend: iso(ev.getFirstPropertyValue('dtend')),
      status: String(ev.getFirstPropertyValue('status')),
      sequence: Number(ev.getFirstPropertyValue('sequence')),
      organizer: String(organizer?.getFirstValue()),
      organizerName: String(organizer?.getParameter('cn')),
      description: description === null ? null : String(description),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    method: String(calendar.getFirstPropertyValue('method')),
    events,
  };
}

const byUid = (events: FeedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('calendar feeds', () => {
  let t: TestApp;
  let org: TestOrg;
  let staffA: LoggedIn;
  let staffB: LoggedIn;
  let unitAdminA: LoggedIn;
  let logistics: LoggedIn;
  let roomId: string;
  let closedRoomId: string;
  const ids: Record<string, string> = {};
  const longTitle =
    '关于二〇二六年度区级机关办公用房调整、会议室改造及会务保障工作的专题协调会；请带材料\\复印件';

  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    [staffA, staffB, unitAdminA, logistics] = await Promise.all([
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
    roomId = room.id;
    closedRoomId = closed.id;
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
          title: longTitle,
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
      ids[keys[i] as string] = row.id;
    });
    await t.ctx.db
      .insert(roomBookingAttendees)
      .values({ bookingId: ids.attending as string, userId: org.users.staffA.id });
  });
  afterAll(async () => t.close());

  const createFeed = (as: LoggedIn, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/me/calendar-feeds', headers: as.headers, payload });
  /** path and query of a feed URL, fetched with no cookie at all (as a calendar app does) */
  const fetchUrl = (url: string) => {
    const { pathname, search } = new URL(url);
    return t.app.inject({ method: 'GET', url: `${pathname}${search}` });
  };
  const newFeedUrl = async (as: LoggedIn, payload: object = { scope: 'me' }) => {
    const res = await createFeed(as, payload);
    expect(res.statusCode).toBe(201);
    return res.json().url as string;
  };
  const uid = (key: string) => `${ids[key]}@houqin`;

  it('serves my feed to a token alone: valid RFC 5545 that ical.js and Python icalendar both read', async () => {
    const url = await newFeedUrl(staffA);
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/me\/calendar\.ics\?token=[A-Za-z0-9_-]{43}$/);
    const res = await fetchUrl(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');

    const body = res.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = body.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // the long Chinese title really was folded
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);

    for (const reader of [readWithPython, readWithIcalJs]) {
      const feed = reader(body);
      expect(feed.name).toBe('会议室预订 · 张三');
      expect(feed.method).toBe('PUBLISH');
      expect(feed.events.map((e) => e.uid).sort()).toEqual(
        [uid('mine'), uid('attending'), uid('cancelled'), uid('released')].sort(),
      );
      const events = byUid(feed.events);
      expect(events.get(uid('mine'))).toMatchObject({
        summary: longTitle,
        dtstart: '2026-03-03T01:00:00+00:00',
        dtend: '2026-03-03T02:00:00+00:00',
        status: 'CONFIRMED',
        sequence: 0,
        organizer: 'invalid:nomail',
        organizerName: '张三',
      });
      expect(events.get(uid('mine'))?.description).toBe(
        '预订人：张三（区发改局）\n备注：议程：一、预算;二、决算,三、其他\n请提前十分钟到场',
      );
      expect(events.get(uid('attending'))).toMatchObject({
        summary: '财政局预算评审会',
        dtstart: '2026-03-04T06:00:00+00:00',
        dtend: '2026-03-04T07:30:00+00:00',
        status: 'TENTATIVE',
        organizerName: '李四',
      });
      expect(events.get(uid('attending'))?.description).toContain('参会人：张三');
      expect(events.get(uid('cancelled'))).toMatchObject({ summary: '已取消的碰头会', status: 'CANCELLED' });
      expect(events.get(uid('cancelled'))?.description).toContain('状态：已取消（改期）');
      expect(events.get(uid('released'))?.status).toBe('CANCELLED');
    }
  });

  it('keeps UIDs across fetches; a change raises SEQUENCE; a cancelled booking turns CANCELLED', async () => {
    const url = await newFeedUrl(staffA);
    const first = readWithIcalJs((await fetchUrl(url)).body);
    t.clock.advance(90_000);
    await t.ctx.db
      .update(roomBookings)
      .set({
        startsAt: at('2026-03-03T03:00:00Z'),
        endsAt: at('2026-03-03T04:00:00Z'),
        blockedUntil: at('2026-03-03T04:00:00Z'),
        updatedAt: t.clock.now(),
      })
      .where(eq(roomBookings.id, ids.mine as string));
    await t.ctx.db
      .update(roomBookings)
      .set({ status: 'cancelled', updatedAt: t.clock.now() })
      .where(eq(roomBookings.id, ids.attending as string));
    const second = readWithPython((await fetchUrl(url)).body);

    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    const before = byUid(first.events);
    const after = byUid(second.events);
    expect(after.get(uid('mine'))).toMatchObject({ dtstart: '2026-03-03T03:00:00+00:00', sequence: 90 });
    expect(after.get(uid('mine'))?.sequence).toBeGreaterThan(before.get(uid('mine'))?.sequence ?? 0);
    expect(before.get(uid('attending'))?.status).toBe('TENTATIVE');
    expect(after.get(uid('attending'))?.status).toBe('CANCELLED');
  });

  it('reads the same feed with a session and no token; without either it is 401', async () => {
    const withSession = await t.app.inject({
      method: 'GET',
      url: '/api/me/calendar.ics',
      headers: staffA.headers,
    });
    expect(withSession.statusCode).toBe(200);
    expect(readWithIcalJs(withSession.body).events.map((e) => e.uid)).toContain(uid('mine'));
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/calendar.ics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('stores only the SHA-256 of the token and never writes the token to the audit log', async () => {
    const url = await newFeedUrl(staffA);
    const token = new URL(url).searchParams.get('token') ?? '';
    const [row] = await t.ctx.db
      .select()
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.tokenHash, sha256Hex(token))));
    expect(row).toMatchObject({ userId: org.users.staffA.id, scope: 'me', roomId: null, revokedAt: null });
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ''));
    expect(audit.map((a) => a.action)).toEqual(['calendar_feed.regenerated']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('regenerating gives a new working URL and kills the old one; the list shows one live feed without URL', async () => {
    const oldUrl = await newFeedUrl(staffA);
    expect((await fetchUrl(oldUrl)).statusCode).toBe(200);
    const newUrl = await newFeedUrl(staffA);
    expect(newUrl).not.toBe(oldUrl);
    expect((await fetchUrl(newUrl)).statusCode).toBe(200);
    const dead = await fetchUrl(oldUrl);
    expect(dead.statusCode).toBe(404);
    expect(dead.json().error).toMatchObject({ code: 'FEED_NOT_FOUND', message: '订阅链接无效或已被撤销' });

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/me/calendar-feeds',
      headers: staffA.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ scope: 'me', roomId: null, roomName: null, url: null }),
    ]);
  });

  it('revoking stops the URL at once; another user cannot revoke it', async () => {
    const url = await newFeedUrl(staffA);
    const [feed] = (
      await t.app.inject({ method: 'GET', url: '/api/me/calendar-feeds', headers: staffA.headers })
    ).json().items as { id: string }[];
    const feedId = feed?.id ?? '';
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: staffB.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await fetchUrl(url)).statusCode).toBe(200);

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: staffA.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toEqual({ ok: true });
    const dead = await fetchUrl(url);
    expect(dead.statusCode).toBe(404);
    expect(dead.json().error.code).toBe('FEED_NOT_FOUND');
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: staffA.headers,
    });
    expect(again.statusCode).toBe(404);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, feedId));
    expect(audit.map((a) => a.action)).toContain('calendar_feed.revoked');
  });

  it('refuses unknown, malformed and misplaced tokens with 404, and an overlong one with 400', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/me/calendar.ics?token=not-a-real-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('FEED_NOT_FOUND');
    // a token given with a valid session still decides alone
    const withCookie = await t.app.inject({
      method: 'GET',
      url: '/api/me/calendar.ics?token=not-a-real-token',
      headers: staffA.headers,
    });
    expect(withCookie.statusCode).toBe(404);
    const roomUrl = await newFeedUrl(staffB, { scope: 'room', roomId });
    const roomToken = new URL(roomUrl).searchParams.get('token');
    const wrongScope = await t.app.inject({ method: 'GET', url: `/api/me/calendar.ics?token=${roomToken}` });
    expect(wrongScope.statusCode).toBe(404);
    const wrongRoom = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${closedRoomId}/calendar.ics?token=${roomToken}`,
    });
    expect(wrongRoom.statusCode).toBe(404);
    const overlong = await t.app.inject({
      method: 'GET',
      url: `/api/me/calendar.ics?token=${'x'.repeat(201)}`,
    });
    expect(overlong.statusCode).toBe(400);
    expect(overlong.json().error.issues[0].path).toBe('query.token');
  });

  it('checks the body: a room feed needs a room the caller may see, a "me" feed takes none', async () => {
    const noRoom = await createFeed(staffA, { scope: 'room' });
    expect(noRoom.statusCode).toBe(400);
    expect(noRoom.json().error.issues[0].path).toBe('body.roomId');
    const closed = await createFeed(staffA, { scope: 'room', roomId: closedRoomId });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().error.issues[0].path).toBe('body.roomId');
    const unknown = await createFeed(staffA, {
      scope: 'room',
      roomId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await createFeed(logistics, { scope: 'room', roomId: closedRoomId })).statusCode).toBe(201);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feeds',
      headers: { cookie: staffA.cookie },
      payload: { scope: 'me' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('shows a room to everyone, with titles only where the policy allows (else the unit and 已预订)', async () => {
    const asB = readWithPython((await fetchUrl(await newFeedUrl(staffB, { scope: 'room', roomId }))).body);
    expect(asB.name).toBe('行政中心A座 3F 第一会议室');
    const seenByB = byUid(asB.events);
    // the room's bookings in the window, cancelled ones included; nothing outside it
    expect([...seenByB.keys()].sort()).toEqual(
      ['mine', 'attending', 'cancelled', 'released', 'othersB'].map(uid).sort(),
    );
    expect(seenByB.get(uid('mine'))).toMatchObject({
      summary: '区发改局 已预订',
      organizerName: '区发改局',
      organizer: 'invalid:nomail',
      description: null,
    });
    expect(seenByB.get(uid('othersB'))).toMatchObject({ summary: '李四的内部会', organizerName: '李四' });

    // the admin of the booker's unit sees the title
    const asUnitAdmin = readWithIcalJs(
      (await fetchUrl(await newFeedUrl(unitAdminA, { scope: 'room', roomId }))).body,
    );
    expect(byUid(asUnitAdmin.events).get(uid('mine'))?.summary).toBe(longTitle);
    expect(byUid(asUnitAdmin.events).get(uid('othersB'))?.summary).toBe('区财政局 已预订');

    // with a session, and the room's own URL only
    const withSession = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/calendar.ics`,
      headers: staffB.headers,
    });
    expect(withSession.statusCode).toBe(200);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${closedRoomId}/calendar.ics`,
      headers: staffB.headers,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('closes a room feed when its owner may no longer see the room, and any feed of a deactivated user', async () => {
    const roomUrl = await newFeedUrl(staffB, { scope: 'room', roomId });
    const meUrl = await newFeedUrl(staffB);
    await t.ctx.db.update(meetingRooms).set({ bookable: false }).where(eq(meetingRooms.roomId, roomId));
    try {
      expect((await fetchUrl(roomUrl)).statusCode).toBe(404);
    } finally {
      await t.ctx.db.update(meetingRooms).set({ bookable: true }).where(eq(meetingRooms.roomId, roomId));
    }
    expect((await fetchUrl(roomUrl)).statusCode).toBe(200);
    await t.ctx.db.update(users).set({ active: false }).where(eq(users.id, org.users.staffB.id));
    try {
      expect((await fetchUrl(roomUrl)).statusCode).toBe(404);
      expect((await fetchUrl(meUrl)).statusCode).toBe(404);
    } finally {
      await t.ctx.db.update(users).set({ active: true }).where(eq(users.id, org.users.staffB.id));
    }
  });

  it('names the organizer by e-mail when the booker gave one for notifications', async () => {
    await t.ctx.db.insert(notificationPreferences).values({
      userId: org.users.staffA.id,
      email: 'zhangsan@fgj.example.gov.cn',
      updatedAt: t.clock.now(),
    });
    const feed = readWithPython((await fetchUrl(await newFeedUrl(staffA))).body);
    expect(byUid(feed.events).get(uid('mine'))).toMatchObject({
      organizer: 'mailto:zhangsan@fgj.example.gov.cn',
      organizerName: '张三',
    });
    // in a room feed where the title is hidden, neither the name nor the address shows
    const asB = readWithIcalJs((await fetchUrl(await newFeedUrl(staffB, { scope: 'room', roomId }))).body);
    expect(byUid(asB.events).get(uid('mine'))).toMatchObject({
      organizer: 'invalid:nomail',
      organizerName: '区发改局',
    });
  });

  it('ends an event when the room was freed if the meeting ended early', async () => {
    await t.ctx.db
      .update(roomBookings)
      .set({
        startsAt: at('2026-03-09T01:00:00Z'),
        endsAt: at('2026-03-09T03:00:00Z'),
        blockedUntil: at('2026-03-09T03:00:00Z'),
        endedEarlyAt: at('2026-03-09T01:40:00Z'),
        updatedAt: t.clock.now(),
      })
      .where(eq(roomBookings.id, ids.othersB as string));
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/calendar.ics`,
      headers: staffB.headers,
    });
    expect(byUid(readWithPython(res.body).events).get(uid('othersB'))).toMatchObject({
      dtstart: '2026-03-09T01:00:00+00:00',
      dtend: '2026-03-09T01:40:00+00:00',
      status: 'CONFIRMED',
    });
  });

  it('follows bookings made and cancelled through the booking API: a weekly series, one occurrence cancelled', async () => {
    const url = await newFeedUrl(staffB);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/room-bookings',
      headers: staffA.headers,
      payload: {
        roomId,
        title: '周例会, 第一季度',
        startsAt: '2026-03-10T10:00:00+08:00',
        endsAt: '2026-03-10T11:00:00+08:00',
        rrule: 'FREQ=WEEKLY;COUNT=3',
        attendeeIds: [org.users.staffB.id],
      },
    });
    expect(created.statusCode).toBe(201);
    const occurrences = created.json().occurrences as { id: string }[];
    expect(occurrences).toHaveLength(3);
    const seriesUids = occurrences.map((o) => `${o.id}@houqin`);

    const before = byUid(readWithPython((await fetchUrl(url)).body).events);
    expect(seriesUids.map((u) => before.get(u)?.dtstart)).toEqual([
      '2026-03-10T02:00:00+00:00',
      '2026-03-17T02:00:00+00:00',
      '2026-03-24T02:00:00+00:00',
    ]);
    expect(seriesUids.map((u) => before.get(u)?.summary)).toEqual(Array(3).fill('周例会, 第一季度'));

    t.clock.advance(60_000);
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/room-bookings/${occurrences[1]?.id}/cancel`,
      headers: staffA.headers,
      payload: { scope: 'this', reason: '出差' },
    });
    expect(cancel.statusCode).toBe(200);
    const after = byUid(readWithIcalJs((await fetchUrl(url)).body).events);
    expect(seriesUids.map((u) => after.get(u)?.status)).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    expect(after.get(seriesUids[1] ?? '')?.sequence).toBeGreaterThan(
      before.get(seriesUids[1] ?? '')?.sequence ?? 0,
    );
  });

  it('keeps one live feed when one user regenerates several times at once; only the last URL works', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => createFeed(unitAdminA, { scope: 'me' })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const live = await t.ctx.db
      .select()
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.userId, org.users.unitAdminA.id), eq(calendarFeeds.scope, 'me')));
    expect(live.filter((f) => f.revokedAt === null)).toHaveLength(1);
    const statuses = await Promise.all(
      results.map((r) => fetchUrl(r.json().url).then((res) => res.statusCode)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(5);
  });
});

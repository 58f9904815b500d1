import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notificationPreferences } from '../../platform/notifications/tables';
import { LONG_TITLE, useFeedTestApp } from './feed-test-app';
import { byUid, readWithIcalJs, readWithPython } from './ics-readers';
import { roomBookings } from './tables';

describe('calendar feeds: what a feed holds', () => {
  const s = useFeedTestApp();
  const at = (iso: string) => new Date(iso);

  it('serves my feed to a token alone: valid RFC 5545 that ical.js and Python icalendar both read', async () => {
    const url = await s.newFeedUrl(s.staffA);
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/me\/calendar\.ics\?token=[A-Za-z0-9_-]{43}$/);
    const res = await s.fetchUrl(url);
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
        [s.uid('mine'), s.uid('attending'), s.uid('cancelled'), s.uid('released')].sort(),
      );
      const events = byUid(feed.events);
      expect(events.get(s.uid('mine'))).toMatchObject({
        summary: LONG_TITLE,
        dtstart: '2026-03-03T01:00:00+00:00',
        dtend: '2026-03-03T02:00:00+00:00',
        status: 'CONFIRMED',
        sequence: 0,
        organizer: 'invalid:nomail',
        organizerName: '张三',
      });
      expect(events.get(s.uid('mine'))?.description).toBe(
        '预订人：张三（区发改局）\n备注：议程：一、预算;二、决算,三、其他\n请提前十分钟到场',
      );
      expect(events.get(s.uid('attending'))).toMatchObject({
        summary: '财政局预算评审会',
        dtstart: '2026-03-04T06:00:00+00:00',
        dtend: '2026-03-04T07:30:00+00:00',
        status: 'TENTATIVE',
        organizerName: '李四',
      });
      expect(events.get(s.uid('attending'))?.description).toContain('参会人：张三');
      expect(events.get(s.uid('cancelled'))).toMatchObject({
        summary: '已取消的碰头会',
        status: 'CANCELLED',
      });
      expect(events.get(s.uid('cancelled'))?.description).toContain('状态：已取消（改期）');
      expect(events.get(s.uid('released'))?.status).toBe('CANCELLED');
    }
  });

  it('keeps UIDs across fetches; a change raises SEQUENCE; a cancelled booking turns CANCELLED', async () => {
    const url = await s.newFeedUrl(s.staffA);
    const first = readWithIcalJs((await s.fetchUrl(url)).body);
    s.t.clock.advance(90_000);
    await s.t.ctx.db
      .update(roomBookings)
      .set({
        startsAt: at('2026-03-03T03:00:00Z'),
        endsAt: at('2026-03-03T04:00:00Z'),
        blockedUntil: at('2026-03-03T04:00:00Z'),
        updatedAt: s.t.clock.now(),
      })
      .where(eq(roomBookings.id, s.ids.mine as string));
    await s.t.ctx.db
      .update(roomBookings)
      .set({ status: 'cancelled', updatedAt: s.t.clock.now() })
      .where(eq(roomBookings.id, s.ids.attending as string));
    const second = readWithPython((await s.fetchUrl(url)).body);

    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    const before = byUid(first.events);
    const after = byUid(second.events);
    expect(after.get(s.uid('mine'))).toMatchObject({ dtstart: '2026-03-03T03:00:00+00:00', sequence: 90 });
    expect(after.get(s.uid('mine'))?.sequence).toBeGreaterThan(before.get(s.uid('mine'))?.sequence ?? 0);
    expect(before.get(s.uid('attending'))?.status).toBe('TENTATIVE');
    expect(after.get(s.uid('attending'))?.status).toBe('CANCELLED');
  });

  it('reads the same feed with a session and no token; without either it is 401', async () => {
    const withSession = await s.t.app.inject({
      method: 'GET',
      url: '/api/me/calendar.ics',
      headers: s.staffA.headers,
    });
    expect(withSession.statusCode).toBe(200);
    expect(readWithIcalJs(withSession.body).events.map((e) => e.uid)).toContain(s.uid('mine'));
    const anonymous = await s.t.app.inject({ method: 'GET', url: '/api/me/calendar.ics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('shows a room to everyone, with titles only where the policy allows (else the unit and 已预订)', async () => {
    const asB = readWithPython(
      (await s.fetchUrl(await s.newFeedUrl(s.staffB, { scope: 'room', roomId: s.roomId }))).body,
    );
    expect(asB.name).toBe('行政中心A座 3F 第一会议室');
    const seenByB = byUid(asB.events);
    // the room's bookings in the window, cancelled ones included; nothing outside it
    expect([...seenByB.keys()].sort()).toEqual(
      ['mine', 'attending', 'cancelled', 'released', 'othersB'].map(s.uid).sort(),
    );
    expect(seenByB.get(s.uid('mine'))).toMatchObject({
      summary: '区发改局 已预订',
      organizerName: '区发改局',
      organizer: 'invalid:nomail',
      description: null,
    });
    expect(seenByB.get(s.uid('othersB'))).toMatchObject({ summary: '李四的内部会', organizerName: '李四' });

    // the admin of the booker's unit sees the title
    const asUnitAdmin = readWithIcalJs(
      (await s.fetchUrl(await s.newFeedUrl(s.unitAdminA, { scope: 'room', roomId: s.roomId }))).body,
    );
    expect(byUid(asUnitAdmin.events).get(s.uid('mine'))?.summary).toBe(LONG_TITLE);
    expect(byUid(asUnitAdmin.events).get(s.uid('othersB'))?.summary).toBe('区财政局 已预订');

    // with a session, and the room's own URL only
    const withSession = await s.t.app.inject({
      method: 'GET',
      url: `/api/rooms/${s.roomId}/calendar.ics`,
      headers: s.staffB.headers,
    });
    expect(withSession.statusCode).toBe(200);
    const hidden = await s.t.app.inject({
      method: 'GET',
      url: `/api/rooms/${s.closedRoomId}/calendar.ics`,
      headers: s.staffB.headers,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('names the organizer by e-mail when the booker gave one for notifications', async () => {
    await s.t.ctx.db.insert(notificationPreferences).values({
      userId: s.org.users.staffA.id,
      email: 'zhangsan@fgj.example.gov.cn',
      updatedAt: s.t.clock.now(),
    });
    const feed = readWithPython((await s.fetchUrl(await s.newFeedUrl(s.staffA))).body);
    expect(byUid(feed.events).get(s.uid('mine'))).toMatchObject({
      organizer: 'mailto:zhangsan@fgj.example.gov.cn',
      organizerName: '张三',
    });
    // in a room feed where the title is hidden, neither the name nor the address shows
    const asB = readWithIcalJs(
      (await s.fetchUrl(await s.newFeedUrl(s.staffB, { scope: 'room', roomId: s.roomId }))).body,
    );
    expect(byUid(asB.events).get(s.uid('mine'))).toMatchObject({
      organizer: 'invalid:nomail',
      organizerName: '区发改局',
    });
  });

  it('ends an event when the room was freed if the meeting ended early', async () => {
    await s.t.ctx.db
      .update(roomBookings)
      .set({
        startsAt: at('2026-03-09T01:00:00Z'),
        endsAt: at('2026-03-09T03:00:00Z'),
        blockedUntil: at('2026-03-09T03:00:00Z'),
        endedEarlyAt: at('2026-03-09T01:40:00Z'),
        updatedAt: s.t.clock.now(),
      })
      .where(eq(roomBookings.id, s.ids.othersB as string));
    const res = await s.t.app.inject({
      method: 'GET',
      url: `/api/rooms/${s.roomId}/calendar.ics`,
      headers: s.staffB.headers,
    });
    expect(byUid(readWithPython(res.body).events).get(s.uid('othersB'))).toMatchObject({
      dtstart: '2026-03-09T01:00:00+00:00',
      dtend: '2026-03-09T01:40:00+00:00',
      status: 'CONFIRMED',
    });
  });

  it('follows bookings made and cancelled through the booking API: a weekly series, one occurrence cancelled', async () => {
    const url = await s.newFeedUrl(s.staffB);
    const created = await s.t.app.inject({
      method: 'POST',
      url: '/api/room-bookings',
      headers: s.staffA.headers,
      payload: {
        roomId: s.roomId,
        title: '周例会, 第一季度',
        startsAt: '2026-03-10T10:00:00+08:00',
        endsAt: '2026-03-10T11:00:00+08:00',
        rrule: 'FREQ=WEEKLY;COUNT=3',
        attendeeIds: [s.org.users.staffB.id],
      },
    });
    expect(created.statusCode).toBe(201);
    const occurrences = created.json().occurrences as { id: string }[];
    expect(occurrences).toHaveLength(3);
    const seriesUids = occurrences.map((o) => `${o.id}@houqin`);

    const before = byUid(readWithPython((await s.fetchUrl(url)).body).events);
    expect(seriesUids.map((u) => before.get(u)?.dtstart)).toEqual([
      '2026-03-10T02:00:00+00:00',
      '2026-03-17T02:00:00+00:00',
      '2026-03-24T02:00:00+00:00',
    ]);
    expect(seriesUids.map((u) => before.get(u)?.summary)).toEqual(Array(3).fill('周例会, 第一季度'));

    s.t.clock.advance(60_000);
    const cancel = await s.t.app.inject({
      method: 'POST',
      url: `/api/room-bookings/${occurrences[1]?.id}/cancel`,
      headers: s.staffA.headers,
      payload: { scope: 'this', reason: '出差' },
    });
    expect(cancel.statusCode).toBe(200);
    const after = byUid(readWithIcalJs((await s.fetchUrl(url)).body).events);
    expect(seriesUids.map((u) => after.get(u)?.status)).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    expect(after.get(seriesUids[1] ?? '')?.sequence).toBeGreaterThan(
      before.get(seriesUids[1] ?? '')?.sequence ?? 0,
    );
  });
});

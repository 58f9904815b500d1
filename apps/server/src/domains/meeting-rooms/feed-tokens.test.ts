import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { sha256Hex } from '../../platform/crypto';
import { users } from '../organisation/tables';
import { useFeedTestApp } from './feed-test-app';
import { calendarFeeds, meetingRooms } from './tables';

describe('calendar feeds: their secret URLs', () => {
  const s = useFeedTestApp();

  it('stores only the SHA-256 of the token and never writes the token to the audit log', async () => {
    // the first request creates the feed; asking again regenerates it with a new token
    const urls = [await s.newFeedUrl(s.staffA), await s.newFeedUrl(s.staffA)];
    const tokens = urls.map((url) => new URL(url).searchParams.get('token') ?? '');
    const rows = await s.t.ctx.db
      .select()
      .from(calendarFeeds)
      .where(inArray(calendarFeeds.tokenHash, tokens.map(sha256Hex)));
    expect(rows).toHaveLength(2);
    const live = rows.find((r) => r.tokenHash === sha256Hex(tokens[1] ?? ''));
    expect(live).toMatchObject({ userId: s.org.users.staffA.id, scope: 'me', roomId: null, revokedAt: null });
    const audit = await s.t.ctx.db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.entityId,
          rows.map((r) => r.id),
        ),
      );
    expect(audit.map((a) => a.action).sort()).toEqual(['calendar_feed.created', 'calendar_feed.regenerated']);
    for (const token of tokens) expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('regenerating gives a new working URL and kills the old one; the list shows one live feed without URL', async () => {
    const oldUrl = await s.newFeedUrl(s.staffA);
    expect((await s.fetchUrl(oldUrl)).statusCode).toBe(200);
    const newUrl = await s.newFeedUrl(s.staffA);
    expect(newUrl).not.toBe(oldUrl);
    expect((await s.fetchUrl(newUrl)).statusCode).toBe(200);
    const dead = await s.fetchUrl(oldUrl);
    expect(dead.statusCode).toBe(404);
    expect(dead.json().error).toMatchObject({ code: 'FEED_NOT_FOUND', message: '订阅链接无效或已被撤销' });

    const list = await s.t.app.inject({
      method: 'GET',
      url: '/api/me/calendar-feeds',
      headers: s.staffA.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ scope: 'me', roomId: null, roomName: null, url: null }),
    ]);
  });

  it('revoking stops the URL at once; another user cannot revoke it', async () => {
    const url = await s.newFeedUrl(s.staffA);
    const [feed] = (
      await s.t.app.inject({ method: 'GET', url: '/api/me/calendar-feeds', headers: s.staffA.headers })
    ).json().items as { id: string }[];
    const feedId = feed?.id ?? '';
    const foreign = await s.t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: s.staffB.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await s.fetchUrl(url)).statusCode).toBe(200);

    const revoke = await s.t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: s.staffA.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toEqual({ ok: true });
    const dead = await s.fetchUrl(url);
    expect(dead.statusCode).toBe(404);
    expect(dead.json().error.code).toBe('FEED_NOT_FOUND');
    const again = await s.t.app.inject({
      method: 'DELETE',
      url: `/api/me/calendar-feeds/${feedId}`,
      headers: s.staffA.headers,
    });
    expect(again.statusCode).toBe(404);
    const audit = await s.t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, feedId));
    expect(audit.map((a) => a.action)).toContain('calendar_feed.revoked');
  });

  it('refuses unknown, malformed and misplaced tokens with 404, and an overlong one with 400', async () => {
    const unknown = await s.t.app.inject({
      method: 'GET',
      url: '/api/me/calendar.ics?token=not-a-real-token',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('FEED_NOT_FOUND');
    // a token given with a valid session still decides alone
    const withCookie = await s.t.app.inject({
      method: 'GET',
      url: '/api/me/calendar.ics?token=not-a-real-token',
      headers: s.staffA.headers,
    });
    expect(withCookie.statusCode).toBe(404);
    const roomUrl = await s.newFeedUrl(s.staffB, { scope: 'room', roomId: s.roomId });
    const roomToken = new URL(roomUrl).searchParams.get('token');
    const wrongScope = await s.t.app.inject({
      method: 'GET',
      url: `/api/me/calendar.ics?token=${roomToken}`,
    });
    expect(wrongScope.statusCode).toBe(404);
    const wrongRoom = await s.t.app.inject({
      method: 'GET',
      url: `/api/rooms/${s.closedRoomId}/calendar.ics?token=${roomToken}`,
    });
    expect(wrongRoom.statusCode).toBe(404);
    const overlong = await s.t.app.inject({
      method: 'GET',
      url: `/api/me/calendar.ics?token=${'x'.repeat(201)}`,
    });
    expect(overlong.statusCode).toBe(400);
    expect(overlong.json().error.issues[0].path).toBe('query.token');
  });

  it('checks the body: a room feed needs a room the caller may see, a "me" feed takes none', async () => {
    const noRoom = await s.createFeed(s.staffA, { scope: 'room' });
    expect(noRoom.statusCode).toBe(400);
    expect(noRoom.json().error.issues[0].path).toBe('body.roomId');
    const closed = await s.createFeed(s.staffA, { scope: 'room', roomId: s.closedRoomId });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().error.issues[0].path).toBe('body.roomId');
    const unknown = await s.createFeed(s.staffA, {
      scope: 'room',
      roomId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await s.createFeed(s.logistics, { scope: 'room', roomId: s.closedRoomId })).statusCode).toBe(201);
    const noCsrf = await s.t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feeds',
      headers: { cookie: s.staffA.cookie },
      payload: { scope: 'me' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('closes a room feed when its owner may no longer see the room, and any feed of a deactivated user', async () => {
    const roomUrl = await s.newFeedUrl(s.staffB, { scope: 'room', roomId: s.roomId });
    const meUrl = await s.newFeedUrl(s.staffB);
    await s.t.ctx.db.update(meetingRooms).set({ bookable: false }).where(eq(meetingRooms.roomId, s.roomId));
    try {
      expect((await s.fetchUrl(roomUrl)).statusCode).toBe(404);
    } finally {
      await s.t.ctx.db.update(meetingRooms).set({ bookable: true }).where(eq(meetingRooms.roomId, s.roomId));
    }
    expect((await s.fetchUrl(roomUrl)).statusCode).toBe(200);
    await s.t.ctx.db.update(users).set({ active: false }).where(eq(users.id, s.org.users.staffB.id));
    try {
      expect((await s.fetchUrl(roomUrl)).statusCode).toBe(404);
      expect((await s.fetchUrl(meUrl)).statusCode).toBe(404);
    } finally {
      await s.t.ctx.db.update(users).set({ active: true }).where(eq(users.id, s.org.users.staffB.id));
    }
  });

  it('keeps one live feed when one user regenerates several times at once; only the last URL works', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => s.createFeed(s.unitAdminA, { scope: 'me' })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const live = await s.t.ctx.db
      .select()
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.userId, s.org.users.unitAdminA.id), eq(calendarFeeds.scope, 'me')));
    expect(live.filter((f) => f.revokedAt === null)).toHaveLength(1);
    const statuses = await Promise.all(
      results.map((r) => s.fetchUrl(r.json().url).then((res) => res.statusCode)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(5);
  });
});

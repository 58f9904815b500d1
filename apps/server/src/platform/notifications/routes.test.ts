import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { notifyNow } from './test-support';

describe('notification API', () => {
  let t: TestApp;
  let org: TestOrg;
  let zhang: LoggedIn;
  let li: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
    li = await loginAs(t.app, org.users.staffB.username);
    for (let i = 1; i <= 5; i++) {
      t.clock.advance(60_000);
      await notifyNow(t.ctx, {
        to: { userIds: [org.users.staffA.id] },
        type: 'room.booking_approved',
        title: `预订 ${i} 已通过`,
        body: `第 ${i} 条`,
        link: `/rooms/bookings/${i}`,
      });
    }
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: 'meal.reminder',
      title: '订餐提醒',
      body: '李四的',
    });
  });
  afterAll(async () => t.close());

  const get = (url: string, who?: LoggedIn) =>
    t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  const post = (url: string, who?: LoggedIn) =>
    t.app.inject({ method: 'POST', url, headers: who?.headers ?? {} });

  it('answers 401 to anonymous callers', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['GET', '/api/notifications/preferences'],
      ['GET', '/api/notifications/stream'],
      ['POST', '/api/notifications/read-all'],
      ['GET', '/api/admin/notification-deliveries'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists only the caller’s own notifications, newest first, paged', async () => {
    const page = (await get('/api/notifications?pageSize=2', zhang)).json();
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(['预订 5 已通过', '预订 4 已通过']);
    expect(page.items[0]).toMatchObject({
      seq: 5,
      type: 'room.booking_approved',
      body: '第 5 条',
      link: '/rooms/bookings/5',
      data: null,
      readAt: null,
      createdAt: '2026-03-02T01:05:00.000Z',
    });
    const last = (await get('/api/notifications?pageSize=2&page=3', zhang)).json();
    expect(last.items.map((n: { seq: number }) => n.seq)).toEqual([1]);
    const theirs = (await get('/api/notifications', li)).json();
    expect(theirs.items.map((n: { body: string }) => n.body)).toEqual(['李四的']);
  });

  it('marks one read, keeps the first read time, and counts unread', async () => {
    expect((await get('/api/notifications/unread-count', zhang)).json()).toEqual({ count: 5 });
    const [second] = (await get('/api/notifications?page=4&pageSize=1', zhang)).json().items;
    const read = await post(`/api/notifications/${second.id}/read`, zhang);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: second.id, readAt: '2026-03-02T01:05:00.000Z' });
    t.clock.advance(60_000);
    expect((await post(`/api/notifications/${second.id}/read`, zhang)).json().readAt).toBe(
      '2026-03-02T01:05:00.000Z',
    );
    expect((await get('/api/notifications/unread-count', zhang)).json()).toEqual({ count: 4 });
    const unread = (await get('/api/notifications?unreadOnly=true', zhang)).json();
    expect(unread.total).toBe(4);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(second.id);
    expect((await get('/api/notifications?unreadOnly=false', zhang)).json().total).toBe(5);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const [hers] = (await get('/api/notifications', li)).json().items;
    const res = await post(`/api/notifications/${hers.id}/read`, zhang);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await get('/api/notifications/unread-count', li)).json()).toEqual({ count: 1 });
    const missing = await post('/api/notifications/00000000-0000-4000-8000-000000000000/read', zhang);
    expect(missing.statusCode).toBe(404);
    expect((await post('/api/notifications/nope/read', zhang)).statusCode).toBe(400);
  });

  it('marks all of the caller’s notifications read, nobody else’s', async () => {
    expect((await post('/api/notifications/read-all', zhang)).json()).toEqual({ updated: 4 });
    expect((await get('/api/notifications/unread-count', zhang)).json()).toEqual({ count: 0 });
    expect((await get('/api/notifications/unread-count', li)).json()).toEqual({ count: 1 });
    expect((await post('/api/notifications/read-all', zhang)).json()).toEqual({ updated: 0 });
  });

  it('requires the CSRF token to mark read', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: li.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('rejects bad list queries naming the field', async () => {
    for (const [query, path] of [
      ['unreadOnly=yes', 'query.unreadOnly'],
      ['pageSize=1000', 'query.pageSize'],
      ['colour=red', 'query.colour'],
    ]) {
      const res = await get(`/api/notifications?${query}`, zhang);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it('shows and changes the caller’s channel preferences', async () => {
    expect((await get('/api/notifications/preferences', zhang)).json()).toEqual({
      channels: { inApp: true, webhook: true, email: true },
      email: null,
      availableChannels: [],
      essentialTypes: expect.any(Array),
    });
    const put = (body: Record<string, unknown>, who = zhang) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/notifications/preferences',
        headers: who.headers,
        payload: body,
      });
    const changed = await put({ channels: { email: false }, email: 'zhangsan@example.gov.cn' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      channels: { inApp: true, webhook: true, email: false },
      email: 'zhangsan@example.gov.cn',
    });
    // only what is named changes
    expect((await put({ channels: { webhook: false } })).json()).toMatchObject({
      channels: { webhook: false, email: false },
      email: 'zhangsan@example.gov.cn',
    });
    expect((await put({ email: null })).json().email).toBeNull();
    // others are untouched
    expect((await get('/api/notifications/preferences', li)).json().channels).toEqual({
      inApp: true,
      webhook: true,
      email: true,
    });
  });

  it('refuses to turn in-app off and rejects a bad address', async () => {
    const put = (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/notifications/preferences',
        headers: zhang.headers,
        payload: body,
      });
    const inApp = await put({ channels: { inApp: false } });
    expect(inApp.statusCode).toBe(400);
    expect(inApp.json().error.issues[0].path).toBe('body.channels.inApp');
    const bad = await put({ email: 'not an address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('body.email');
  });
});

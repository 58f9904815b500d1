import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { notify } from './notify';
import { eventually, listenOn, notifyNow, openSecondApp, openSse, type SseClient } from './test-support';

describe('notification stream (SSE)', () => {
  let t: TestApp;
  let org: TestOrg;
  let base: string;
  let zhang: LoggedIn;
  const open: SseClient[] = [];

  const stream = async (headers: Record<string, string> = {}, query = '', url = base) => {
    const client = await openSse(`${url}/api/notifications/stream${query}`, {
      cookie: zhang.cookie,
      ...headers,
    });
    open.push(client);
    return client;
  };
  const toZhang = (title: string) =>
    notifyNow(t.ctx, { to: { userIds: [org.users.staffA.id] }, type: 'test.live', title, body: '正文' });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
    base = await listenOn(t.app);
  });
  afterAll(async () => {
    for (const c of open) c.close();
    await t.close();
  });

  it('streams text/event-stream with retry and no proxy buffering', async () => {
    const s = await stream();
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(s.headers['x-accel-buffering']).toBe('no');
    expect(s.headers['cache-control']).toContain('no-cache');
    // helmet's headers survive the hijack
    expect(s.headers['x-content-type-options']).toBe('nosniff');
    await eventually(() => s.text().includes('retry: 3000'));
    s.close();
  });

  it('delivers a committed notification within a second', async () => {
    const s = await stream();
    await eventually(() => s.text().includes(': connected'));
    const started = Date.now();
    await toZhang('会议室预订已通过');
    const event = await s.next(1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(event.event).toBe('notification');
    const data = JSON.parse(event.data);
    expect(data).toMatchObject({ title: '会议室预订已通过', body: '正文', type: 'test.live', readAt: null });
    expect(event.id).toBe(String(data.seq));
    s.close();
  });

  it('sends nothing for other users or for a rolled-back notify', async () => {
    const s = await stream();
    await eventually(() => s.text().includes(': connected'));
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: 'test.other',
      title: 'x',
      body: 'y',
    });
    await t.ctx.db
      .transaction(async (tx) => {
        await notify(t.ctx, tx, {
          to: { userIds: [org.users.staffA.id] },
          type: 'test.undone',
          title: 'x',
          body: 'y',
        });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await s.collect(300)).toEqual([]);
    s.close();
  });

  it('replays what was missed after Last-Event-ID (header), then goes on live', async () => {
    const first = await stream();
    await eventually(() => first.text().includes(': connected'));
    await toZhang('断线前');
    const seen = await first.next();
    first.close();
    await toZhang('断线期间 1');
    await toZhang('断线期间 2');
    const again = await stream({ 'last-event-id': String(seen.id) });
    const replayed = [await again.next(), await again.next()];
    expect(replayed.map((e) => JSON.parse(e.data).title)).toEqual(['断线期间 1', '断线期间 2']);
    expect(replayed.map((e) => Number(e.id))).toEqual([Number(seen.id) + 1, Number(seen.id) + 2]);
    await toZhang('重连之后');
    expect(JSON.parse((await again.next()).data).title).toBe('重连之后');
    expect(await again.collect(200)).toEqual([]);
    again.close();
  });

  it('accepts ?lastEventId= for a new EventSource', async () => {
    const s = await stream({}, '?lastEventId=0');
    const first = await s.next();
    expect(first.id).toBe('1');
    expect(JSON.parse(first.data).title).toBe('会议室预订已通过');
    s.close();
  });

  it('keeps each stream to its own user', async () => {
    const li = await loginAs(t.app, org.users.staffB.username);
    const hers = await openSse(`${base}/api/notifications/stream?lastEventId=0`, { cookie: li.cookie });
    open.push(hers);
    const events = [await hers.next()];
    events.push(...(await hers.collect(200)));
    expect(events.map((e) => JSON.parse(e.data).type)).toEqual(['test.other']);
    hers.close();
  });

  it('app.close() ends open streams instead of waiting for them', async () => {
    const other = await createTestApp();
    const otherOrg = await seedTestOrg(other.ctx.db);
    const session = await loginAs(other.app, otherOrg.users.staffA.username);
    const url = await listenOn(other.app);
    const s = await openSse(`${url}/api/notifications/stream`, { cookie: session.cookie });
    await eventually(() => s.text().includes(': connected'));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(s.next(500)).rejects.toThrow('stream ended');
  });

  it('reaches a stream held by another app on the same database (another process)', async () => {
    const b = await openSecondApp(t);
    try {
      const bUrl = await listenOn(b.app);
      const s = await stream({}, '', bUrl);
      await eventually(() => s.text().includes(': connected'));
      const started = Date.now();
      await toZhang('经进程 A 发出');
      const event = await s.next(1_000);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(JSON.parse(event.data).title).toBe('经进程 A 发出');
      s.close();
    } finally {
      await b.close();
    }
  });
});

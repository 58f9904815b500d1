import type { Notification, NotificationPage } from '@houqin/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  flattenNotifications,
  isInAppPath,
  linkTarget,
  type NotificationPages,
  nextPageParam,
  parseNotificationEvent,
  prependNotification,
} from './cache';
import { notificationKeys } from './keys';
import { BANNER_MS, type EventSourceLike, LiveNotificationStream, RECONCILE_MS } from './live-stream';

function note(seq: number, patch: Partial<Notification> = {}): Notification {
  return {
    id: `id-${seq}`,
    seq,
    type: 'test.event',
    title: `标题 ${seq}`,
    body: '',
    link: null,
    data: null,
    createdAt: '2025-11-27T06:05:00.000Z',
    readAt: null,
    ...patch,
  };
}

function pages(...lists: Notification[][]): NotificationPages {
  const total = lists.reduce((n, items) => n + items.length, 0);
  return {
    pages: lists.map((items, i): NotificationPage => ({ items, total, page: i + 1, pageSize: 20 })),
    pageParams: lists.map((_, i) => i + 1),
  };
}

class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data?: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data } as MessageEvent);
  }
  send(notification: Notification): void {
    this.emit('notification', JSON.stringify(notification));
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(list: () => Promise<NotificationPages | undefined>) {
  const sources: FakeSource[] = [];
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let now = 1_000_000;
  let nextTimer = 1;
  let visible: (() => void) | null = null;
  const announce = vi.fn();
  const checkSession = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const stream = new LiveNotificationStream({
    createSource: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    ensureList: async (client) => {
      const data = await list();
      if (data) client.setQueryData(notificationKeys.list, data);
      return data;
    },
    checkSession,
    announce,
    onVisible: (callback) => {
      visible = callback;
      return () => {
        visible = null;
      };
    },
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextTimer++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = async (ms: number) => {
    now += ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers.splice(timers.indexOf(due), 1);
      due.fn();
      await flush();
    }
  };
  return {
    stream,
    queryClient,
    sources,
    announce,
    checkSession,
    advance,
    becomeVisible: () => visible?.(),
    hasVisibilityListener: () => visible !== null,
  };
}

describe('live notification stream', () => {
  it('opens one stream from the newest seq of the list, and 0 when the list is empty', async () => {
    const t = setUp(async () => pages([note(7), note(5)]));
    t.stream.start(t.queryClient, 'user-a');
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    expect(t.sources.map((s) => s.url)).toEqual(['/api/notifications/stream?lastEventId=7']);

    const empty = setUp(async () => pages([]));
    empty.stream.start(empty.queryClient, 'user-b');
    await flush();
    expect(empty.sources[0]?.url).toBe('/api/notifications/stream?lastEventId=0');
  });

  it('lets the server start at its newest when the list cannot be loaded (no replay of everything)', async () => {
    const t = setUp(async () => {
      throw new Error('offline');
    });
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    expect(t.sources[0]?.url).toBe('/api/notifications/stream');
  });

  it('puts a new notification on top of the list, bumps the unread count and announces it', async () => {
    const t = setUp(async () => pages([note(2), note(1, { readAt: '2025-11-27T00:00:00.000Z' })]));
    t.queryClient.setQueryData(notificationKeys.unreadCount, { count: 1 });
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    const source = t.sources[0];
    if (!source) throw new Error('no source');

    source.send(note(3, { title: '会议室预订已通过', link: '/rooms/bookings/1' }));
    const list = t.queryClient.getQueryData<NotificationPages>(notificationKeys.list);
    expect(flattenNotifications(list).map((n) => n.seq)).toEqual([3, 2, 1]);
    expect(list?.pages[0]?.total).toBe(3);
    expect(t.queryClient.getQueryData(notificationKeys.unreadCount)).toEqual({ count: 2 });
    expect(t.announce).toHaveBeenLastCalledWith(expect.objectContaining({ seq: 3 }), 1);

    // within the banner's time, the banner counts; after it, it starts again at one
    await t.advance(500);
    source.send(note(4));
    expect(t.announce).toHaveBeenLastCalledWith(expect.objectContaining({ seq: 4 }), 2);
    await t.advance(BANNER_MS + 1);
    source.send(note(5));
    expect(t.announce).toHaveBeenLastCalledWith(expect.objectContaining({ seq: 5 }), 1);
    expect(t.queryClient.getQueryData(notificationKeys.unreadCount)).toEqual({ count: 4 });
  });

  it('ignores what it already has: a repeated seq, one a refresh already loaded, garbage', async () => {
    const t = setUp(async () => pages([note(2)]));
    t.queryClient.setQueryData(notificationKeys.unreadCount, { count: 1 });
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    const source = t.sources[0];
    if (!source) throw new Error('no source');

    source.send(note(2));
    source.send(note(3));
    source.send(note(3));
    // a pull to refresh loaded seq 4 before the stream delivered it
    t.queryClient.setQueryData<NotificationPages>(notificationKeys.list, (old) =>
      old ? prependNotification(old, note(4)) : old,
    );
    source.send(note(4));
    source.emit('notification', 'not json');
    source.emit('notification', JSON.stringify({ id: 1 }));

    expect(t.announce).toHaveBeenCalledTimes(1);
    expect(t.queryClient.getQueryData(notificationKeys.unreadCount)).toEqual({ count: 2 });
    expect(flattenNotifications(t.queryClient.getQueryData(notificationKeys.list)).map((n) => n.seq)).toEqual(
      [4, 3, 2],
    );
  });

  it('reads the unread count again from the server shortly after a live notification', async () => {
    const t = setUp(async () => pages([]));
    t.queryClient.setQueryData(notificationKeys.unreadCount, { count: 0 });
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    t.sources[0]?.send(note(1));
    expect(t.queryClient.getQueryState(notificationKeys.unreadCount)?.isInvalidated).toBe(false);
    await t.advance(RECONCILE_MS);
    expect(t.queryClient.getQueryState(notificationKeys.unreadCount)?.isInvalidated).toBe(true);
  });

  it('leaves reconnects to EventSource, but reopens with backoff from the last seq when it gives up', async () => {
    const t = setUp(async () => pages([note(4)]));
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    const first = t.sources[0];
    if (!first) throw new Error('no source');
    first.send(note(5));

    // a network drop: the browser reconnects by itself with Last-Event-ID
    first.readyState = 0;
    first.emit('error');
    await t.advance(60_000);
    expect(t.sources).toHaveLength(1);

    // an HTTP error (e.g. 401/503): the browser gives up; the session is checked, then a new stream
    first.readyState = 2;
    first.emit('error');
    expect(t.checkSession).toHaveBeenCalledTimes(1);
    await t.advance(2999);
    expect(t.sources).toHaveLength(1);
    await t.advance(1);
    expect(t.sources[1]?.url).toBe('/api/notifications/stream?lastEventId=5');
    expect(first.closed).toBe(true);

    const second = t.sources[1];
    if (!second) throw new Error('no second source');
    second.readyState = 2;
    second.emit('error');
    await t.advance(5999);
    expect(t.sources).toHaveLength(2);
    await t.advance(1);
    expect(t.sources).toHaveLength(3);

    // an event of the old stream after it was replaced does nothing
    first.send(note(9));
    expect(t.announce).toHaveBeenCalledTimes(1);
  });

  it('when the page is visible again: refetches the unread count and reopens a stream that gave up', async () => {
    const t = setUp(async () => pages([note(1)]));
    t.queryClient.setQueryData(notificationKeys.unreadCount, { count: 1 });
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    t.becomeVisible();
    expect(t.queryClient.getQueryState(notificationKeys.unreadCount)?.isInvalidated).toBe(true);
    expect(t.sources).toHaveLength(1);

    const first = t.sources[0];
    if (!first) throw new Error('no source');
    first.readyState = 2;
    first.emit('error');
    t.becomeVisible();
    await flush();
    expect(t.sources).toHaveLength(2);
    // the backoff timer of the failure was replaced by the reopen, not added to it
    await t.advance(60_000);
    expect(t.sources).toHaveLength(2);
  });

  it('stops at logout: closes the stream, ignores late events and starts afresh for the next user', async () => {
    const t = setUp(async () => pages([note(8)]));
    t.stream.start(t.queryClient, 'user-a');
    await flush();
    const first = t.sources[0];
    if (!first) throw new Error('no source');
    t.stream.stop();
    expect(first.closed).toBe(true);
    expect(t.hasVisibilityListener()).toBe(false);
    first.send(note(9));
    expect(t.announce).not.toHaveBeenCalled();

    t.queryClient.removeQueries();
    t.stream.start(t.queryClient, 'user-b');
    await flush();
    expect(t.sources[1]?.url).toBe('/api/notifications/stream?lastEventId=8');
  });

  it('a stop while the list is loading opens nothing', async () => {
    let resolve: (value: NotificationPages) => void = () => {};
    const t = setUp(() => new Promise<NotificationPages>((r) => (resolve = r)));
    t.stream.start(t.queryClient, 'user-a');
    t.stream.stop();
    resolve(pages([]));
    await flush();
    expect(t.sources).toHaveLength(0);
  });
});

describe('notification cache helpers', () => {
  it('pages: next page while more remain; a prepend only repeats an item on the next page', () => {
    expect(nextPageParam({ items: [], total: 41, page: 2, pageSize: 20 })).toBe(3);
    expect(nextPageParam({ items: [], total: 40, page: 2, pageSize: 20 })).toBeUndefined();
    const data = prependNotification(pages([note(3), note(2)], [note(2), note(1)]), note(4));
    expect(flattenNotifications(data).map((n) => n.seq)).toEqual([4, 3, 2, 1]);
    expect(prependNotification(data, note(4))).toBe(data);
  });

  it('in-app paths open with the router; other sites do not', () => {
    expect(isInAppPath('/rooms/bookings/1')).toBe(true);
    expect(isInAppPath('//evil.example/x')).toBe(false);
    expect(isInAppPath('/\\evil.example')).toBe(false);
    expect(isInAppPath('https://example.gov.cn/')).toBe(false);
    expect(isInAppPath(null)).toBe(false);
    // a link to the message list itself shows the detail instead (it is where the full text is)
    expect(linkTarget('/rooms/bookings/1?tab=log')).toBe('/rooms/bookings/1?tab=log');
    expect(linkTarget('/notifications')).toBeNull();
    expect(linkTarget('/messages/?x=1')).toBeNull();
    expect(linkTarget('https://example.gov.cn/')).toBeNull();
  });

  it('parses an event into a notification, with defaults for optional fields', () => {
    expect(parseNotificationEvent(JSON.stringify(note(1, { link: '/x' })))).toEqual(note(1, { link: '/x' }));
    expect(parseNotificationEvent(JSON.stringify({ id: 'a', seq: 1, title: 't', createdAt: 'c' }))).toEqual({
      id: 'a',
      seq: 1,
      type: '',
      title: 't',
      body: '',
      link: null,
      data: null,
      createdAt: 'c',
      readAt: null,
    });
    expect(parseNotificationEvent('{"id":"a"}')).toBeNull();
  });
});

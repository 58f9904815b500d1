import type { Notification, NotificationPage } from '@houqin/contracts';
import type { InfiniteData } from '@tanstack/react-query';

/** The list as TanStack Query keeps it: the pages loaded so far, newest first, page numbers from 1. */
export type NotificationPages = InfiniteData<NotificationPage>;

/** The highest seq in the loaded list (the newest notification), 0 when there is none. */
export function newestSeq(data: NotificationPages | undefined): number {
  let max = 0;
  for (const page of data?.pages ?? []) for (const item of page.items) if (item.seq > max) max = item.seq;
  return max;
}

export function hasNotification(data: NotificationPages | undefined, id: string): boolean {
  return Boolean(data?.pages.some((page) => page.items.some((item) => item.id === id)));
}

/**
 * The list with a live notification on top (nothing changes when it is already there). The first
 * page grows past its page size: later pages then start one item later on the server, which only
 * repeats an item (flattenNotifications drops it), never skips one.
 */
export function prependNotification(data: NotificationPages, notification: Notification): NotificationPages {
  if (hasNotification(data, notification.id)) return data;
  const [first, ...rest] = data.pages;
  if (!first) return data;
  const items = [notification, ...first.items].sort((a, b) => b.seq - a.seq);
  return {
    ...data,
    pages: [
      { ...first, items, total: first.total + 1 },
      ...rest.map((page) => ({ ...page, total: page.total + 1 })),
    ],
  };
}

function mapItems(data: NotificationPages, fn: (item: Notification) => Notification): NotificationPages {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(fn) })) };
}

/** The list with one notification marked read at `readAt` (at once, before the server answers). */
export function markReadInPages(data: NotificationPages, id: string, readAt: string): NotificationPages {
  return mapItems(data, (item) => (item.id === id && !item.readAt ? { ...item, readAt } : item));
}

/** The list with the server's copy of one notification. */
export function replaceInPages(data: NotificationPages, notification: Notification): NotificationPages {
  return mapItems(data, (item) => (item.id === notification.id ? notification : item));
}

export function markAllReadInPages(data: NotificationPages, readAt: string): NotificationPages {
  return mapItems(data, (item) => (item.readAt ? item : { ...item, readAt }));
}

/** All loaded notifications, newest first, each once. */
export function flattenNotifications(data: NotificationPages | undefined): Notification[] {
  const seen = new Set<string>();
  const out: Notification[] = [];
  for (const page of data?.pages ?? []) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** The next page number, or undefined when the last page is loaded. */
export function nextPageParam(lastPage: NotificationPage): number | undefined {
  return lastPage.page * lastPage.pageSize < lastPage.total ? lastPage.page + 1 : undefined;
}

/**
 * Whether a notification's link is a path inside this app ("/rooms/…"), to open with the router.
 * "//host" and "/\host" are other sites to a browser, so they do not count.
 */
export function isInAppPath(link: string | null | undefined): link is string {
  return typeof link === 'string' && link.startsWith('/') && !/^\/[/\\]/.test(link);
}

/** The 消息 list's own paths: a link there has nothing more to show than the detail. */
const MESSAGE_LIST_PATHS = new Set(['/messages', '/notifications']);

/** The page a tap should open: an in-app path other than the message list itself, else null. */
export function linkTarget(link: string | null | undefined): string | null {
  if (!isInAppPath(link)) return null;
  const path = link.replace(/[?#].*$/, '').replace(/\/+$/, '') || '/';
  return MESSAGE_LIST_PATHS.has(path) ? null : link;
}

/** A web address to offer as an external link in the detail (http and https only). */
export function isWebUrl(link: string | null | undefined): link is string {
  if (typeof link !== 'string') return false;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A `notification` event's data, or null when it is not one. */
export function parseNotificationEvent(data: unknown): Notification | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const n = value as Partial<Notification>;
  if (typeof n.id !== 'string' || typeof n.seq !== 'number' || !Number.isFinite(n.seq)) return null;
  if (typeof n.title !== 'string' || typeof n.createdAt !== 'string') return null;
  return {
    id: n.id,
    seq: n.seq,
    type: typeof n.type === 'string' ? n.type : '',
    title: n.title,
    body: typeof n.body === 'string' ? n.body : '',
    link: typeof n.link === 'string' ? n.link : null,
    data: typeof n.data === 'object' && n.data !== null ? n.data : null,
    createdAt: n.createdAt,
    readAt: typeof n.readAt === 'string' ? n.readAt : null,
  };
}

import type { Notification } from '@houqin/contracts';
import type { Page } from '../../lib/page';

/** How many of the latest notifications the bell shows. */
export const LATEST_PAGE_SIZE = 20;

export const notificationsKey = ['notifications'] as const;
export const unreadCountKey = [...notificationsKey, 'unread-count'] as const;
export const latestKey = [...notificationsKey, 'latest'] as const;

/** The newest seq the list knows (the stream's starting point), 0 when there is none. */
export function newestSeq(page: Page<Notification> | undefined): number {
  return page?.items.reduce((max, item) => Math.max(max, item.seq), 0) ?? 0;
}

/**
 * A notification that arrived live, put at the top of the latest list (once: a replayed one that
 * is already there changes nothing). `added` says whether it was new to the list.
 */
export function withArrived(
  page: Page<Notification> | undefined,
  arrived: Notification,
): { page: Page<Notification> | undefined; added: boolean } {
  if (!page) return { page, added: true };
  if (page.items.some((item) => item.id === arrived.id || item.seq === arrived.seq))
    return { page, added: false };
  const items = [arrived, ...page.items].sort((a, b) => b.seq - a.seq).slice(0, page.pageSize);
  return { page: { ...page, items, total: page.total + 1 }, added: true };
}

/** The list with one notification replaced by its read copy from the server. */
export function withRead(
  page: Page<Notification> | undefined,
  read: Notification,
): Page<Notification> | undefined {
  if (!page) return page;
  return { ...page, items: page.items.map((item) => (item.id === read.id ? read : item)) };
}

/** The list with every notification marked read at `at`. */
export function withAllRead(
  page: Page<Notification> | undefined,
  at: string,
): Page<Notification> | undefined {
  if (!page) return page;
  return { ...page, items: page.items.map((item) => (item.readAt ? item : { ...item, readAt: at })) };
}

/**
 * Where clicking a notification goes inside the console: a link under `/admin/` is a console page
 * (returned without the `/admin` base the router adds); any other link belongs to the mobile app.
 */
export function consolePathOf(link: string | null): string | null {
  if (!link?.startsWith('/admin/')) return null;
  return link.slice('/admin'.length);
}

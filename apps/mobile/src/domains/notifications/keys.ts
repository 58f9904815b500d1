/** Every notification query starts with 'notifications', so one call can reach them all. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const NOTIFICATION_PAGE_SIZE = 20;

/**
 * The live stream's address. `afterSeq` is the newest seq the app already has (0: it has none, so
 * everything is new); null lets the server start at its newest.
 */
export function notificationStreamUrl(afterSeq: number | null): string {
  const base = '/api/notifications/stream';
  return afterSeq === null ? base : `${base}?lastEventId=${Math.max(0, Math.floor(afterSeq))}`;
}

/** 消息设置, reached from 我的 and from the 消息 page's header. */
export const NOTIFICATION_SETTINGS_PATH = '/me/notifications';

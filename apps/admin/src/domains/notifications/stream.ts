import type { Notification } from '@houqin/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { Page } from '../../lib/page';
import { latestKey, newestSeq, notificationsKey, unreadCountKey, withArrived } from './cache';

const STREAM_URL = '/api/notifications/stream';
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;

interface LiveStream {
  source: EventSource | null;
  timer: number | undefined;
  stopped: boolean;
}

/** The one live stream of this page (one per signed-in session). */
let current: LiveStream | null = null;

function isNotification(value: unknown): value is Notification {
  const v = value as Partial<Notification> | null;
  return typeof v?.id === 'string' && typeof v.seq === 'number' && typeof v.title === 'string';
}

/**
 * Opens the notification stream (EventSource on /api/notifications/stream, starting after the
 * newest notification the list already has) and folds each arrival into the count and list caches.
 * EventSource reconnects by itself (with Last-Event-ID) when a stream ends; when the server refuses
 * it (e.g. the session ended) it stops, so this waits, checks the session and opens a fresh one.
 * Returns the function that closes it.
 */
export function startNotificationStream(
  queryClient: QueryClient,
  handlers: { onArrived: (notification: Notification) => void; onRefused: () => void },
): () => void {
  stopNotificationStream();
  const stream: LiveStream = { source: null, timer: undefined, stopped: false };
  current = stream;
  let retryMs = FIRST_RETRY_MS;

  const open = () => {
    if (stream.stopped) return;
    const after = newestSeq(queryClient.getQueryData<Page<Notification>>(latestKey));
    const source = new EventSource(`${STREAM_URL}?lastEventId=${after}`);
    stream.source = source;
    source.onopen = () => {
      retryMs = FIRST_RETRY_MS;
    };
    source.addEventListener('notification', (event) => {
      let arrived: unknown;
      try {
        arrived = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      if (!isNotification(arrived)) return;
      let added = false;
      queryClient.setQueryData<Page<Notification>>(latestKey, (page) => {
        const next = withArrived(page, arrived);
        added = next.added;
        return next.page;
      });
      if (!added) return;
      if (!arrived.readAt) {
        queryClient.setQueryData<{ count: number }>(unreadCountKey, (count) =>
          count ? { count: count.count + 1 } : count,
        );
      }
      handlers.onArrived(arrived);
    });
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED || stream.stopped) return;
      // refused (401, 5xx, a proxy error): try again later, from whatever the caches know then
      source.close();
      stream.source = null;
      handlers.onRefused();
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
      stream.timer = window.setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };
  open();
  return () => {
    if (current === stream) stopNotificationStream();
  };
}

/** Closes the live stream (on sign-out, or when the console layout goes away). */
export function stopNotificationStream(): void {
  if (!current) return;
  current.stopped = true;
  window.clearTimeout(current.timer);
  current.source?.close();
  current = null;
}

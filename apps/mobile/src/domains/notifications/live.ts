import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { i18n } from '../../lib/i18n';
import { showNotice } from '../../ui/notice';
import { sessionQueryKey } from '../auth/api';
import { BANNER_MS, LiveNotificationStream } from './live-stream';
import { ensureNotificationList } from './queries';

/** The one live stream of this page: started once signed in, stopped at logout. */
export const liveNotifications = new LiveNotificationStream({
  createSource: (url) => new EventSource(url, { withCredentials: true }),
  ensureList: ensureNotificationList,
  checkSession: (queryClient: QueryClient) => {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  },
  announce: (latest, count) => {
    const text =
      count > 1
        ? i18n.t('notifications.bannerMany', { count })
        : i18n.t('notifications.banner', { title: latest.title });
    showNotice(text, { durationMs: BANNER_MS, kind: 'message' });
  },
  onVisible: (callback) => {
    const listener = () => {
      if (document.visibilityState === 'visible') callback();
    };
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
});

/** Keeps the live stream open while this user is signed in (RequireSession calls it). */
export function useLiveNotifications(userId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (userId) liveNotifications.start(queryClient, userId);
    else liveNotifications.stop();
  }, [queryClient, userId]);
}

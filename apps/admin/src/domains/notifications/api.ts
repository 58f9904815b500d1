import type { Notification } from '@houqin/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';
import type { Page } from '../../lib/page';
import { LATEST_PAGE_SIZE, latestKey, unreadCountKey, withAllRead, withRead } from './cache';

/** The unread count for the bell; the live stream keeps it current, a slow poll is the safety net. */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) =>
      http.get<{ count: number }>('/api/notifications/unread-count', undefined, signal),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}

/** The latest notifications, newest first. */
export function useLatestNotifications() {
  return useQuery({
    queryKey: latestKey,
    queryFn: ({ signal }) =>
      http.get<Page<Notification>>('/api/notifications', { page: 1, pageSize: LATEST_PAGE_SIZE }, signal),
    staleTime: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.post<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: (read, id) => {
      const before = queryClient
        .getQueryData<Page<Notification>>(latestKey)
        ?.items.find((item) => item.id === id);
      queryClient.setQueryData<Page<Notification>>(latestKey, (page) => withRead(page, read));
      if (before && !before.readAt) {
        queryClient.setQueryData<{ count: number }>(unreadCountKey, (count) =>
          count ? { count: Math.max(0, count.count - 1) } : count,
        );
      } else {
        void queryClient.invalidateQueries({ queryKey: unreadCountKey });
      }
    },
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<{ updated: number }>('/api/notifications/read-all'),
    onSuccess: () => {
      queryClient.setQueryData<Page<Notification>>(latestKey, (page) =>
        withAllRead(page, new Date().toISOString()),
      );
      queryClient.setQueryData<{ count: number }>(unreadCountKey, { count: 0 });
    },
  });
}

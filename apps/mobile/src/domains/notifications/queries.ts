import type { Notification, UpdateNotificationPreferencesInput } from '@houqin/contracts';
import {
  infiniteQueryOptions,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  fetchNotificationPage,
  fetchNotificationPreferences,
  fetchUnreadCount,
  markAllNotificationsRead,
  markNotificationRead,
  updateNotificationPreferences,
} from './api';
import {
  markAllReadInPages,
  markReadInPages,
  type NotificationPages,
  nextPageParam,
  replaceInPages,
} from './cache';
import { notificationKeys } from './keys';

export const notificationListOptions = infiniteQueryOptions({
  queryKey: notificationKeys.list,
  queryFn: ({ pageParam }) => fetchNotificationPage(pageParam),
  initialPageParam: 1,
  getNextPageParam: nextPageParam,
});

/** The list, newest first; the live stream puts new ones on top. */
export function useNotificationList() {
  return useInfiniteQuery(notificationListOptions);
}

/** The first page of the list, loaded when it is not cached: where the live stream starts. */
export function ensureNotificationList(queryClient: QueryClient): Promise<NotificationPages> {
  return queryClient.ensureInfiniteQueryData(notificationListOptions);
}

/** How many are unread: the tab's badge and the home page's bell. */
export function useUnreadCount() {
  return useQuery({ queryKey: notificationKeys.unreadCount, queryFn: fetchUnreadCount });
}

/** Unread count as a number; 0 while unknown. */
export function useUnreadNumber(): number {
  return useUnreadCount().data?.count ?? 0;
}

function setUnread(queryClient: QueryClient, update: (count: number) => number): void {
  queryClient.setQueryData<{ count: number }>(notificationKeys.unreadCount, (old) =>
    old ? { count: Math.max(0, update(old.count)) } : old,
  );
}

/**
 * Marks one read. The list and the badge change at once (the user is usually on the way to the
 * linked page); on a failure both are read again from the server.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notification: Notification) => markNotificationRead(notification.id),
    onMutate: (notification) => {
      if (notification.readAt) return;
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationPages>(notificationKeys.list, (old) =>
        old ? markReadInPages(old, notification.id, readAt) : old,
      );
      setUnread(queryClient, (count) => count - 1);
    },
    onSuccess: (notification) => {
      queryClient.setQueryData<NotificationPages>(notificationKeys.list, (old) =>
        old ? replaceInPages(old, notification) : old,
      );
    },
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    },
  });
}

/** 全部已读. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationPages>(notificationKeys.list, (old) =>
        old ? markAllReadInPages(old, readAt) : old,
      );
      queryClient.setQueryData(notificationKeys.unreadCount, { count: 0 });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    },
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: fetchNotificationPreferences });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateNotificationPreferencesInput) => updateNotificationPreferences(input),
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences, preferences),
  });
}

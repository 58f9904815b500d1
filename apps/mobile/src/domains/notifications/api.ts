import type {
  Notification,
  NotificationPage,
  NotificationPreferences,
  UpdateNotificationPreferencesInput,
} from '@houqin/contracts';
import { api } from '../../lib/http';
import { NOTIFICATION_PAGE_SIZE } from './keys';

export { NOTIFICATION_PAGE_SIZE, notificationKeys } from './keys';

/** One page of the user's notifications, newest first. */
export function fetchNotificationPage(page: number): Promise<NotificationPage> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(NOTIFICATION_PAGE_SIZE) });
  return api<NotificationPage>('GET', `/api/notifications?${query}`);
}

export function fetchUnreadCount(): Promise<{ count: number }> {
  return api<{ count: number }>('GET', '/api/notifications/unread-count');
}

export function markNotificationRead(id: string): Promise<Notification> {
  return api<Notification>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead(): Promise<{ updated: number }> {
  return api<{ updated: number }>('POST', '/api/notifications/read-all');
}

export function fetchNotificationPreferences(): Promise<NotificationPreferences> {
  return api<NotificationPreferences>('GET', '/api/notifications/preferences');
}

export function updateNotificationPreferences(
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  return api<NotificationPreferences>('PUT', '/api/notifications/preferences', input);
}

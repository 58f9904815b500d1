import type { Notification } from '@houqin/contracts';
import { RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { linkTarget } from './cache';

interface NotificationItemProps {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}

/** One row: 未读 in words (not only the dot's colour), title, the start of the body, the time. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  return (
    <li>
      <button
        type="button"
        className={unread ? 'notification-item is-unread' : 'notification-item'}
        onClick={() => onOpen(notification)}
      >
        <span className="notification-item-main">
          <span className="notification-item-head">
            {unread && <span className="unread-tag">{t('notifications.unread')}</span>}
            <span className="notification-item-title">{notification.title}</span>
          </span>
          {notification.body && <span className="notification-item-body">{notification.body}</span>}
          <time className="notification-item-time" dateTime={notification.createdAt}>
            {formatDateTime(notification.createdAt)}
          </time>
        </span>
        {linkTarget(notification.link) && (
          <RightOutline className="notification-item-arrow" aria-hidden="true" />
        )}
      </button>
    </li>
  );
}

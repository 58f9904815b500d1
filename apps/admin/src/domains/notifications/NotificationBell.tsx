import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@houqin/contracts';
import { Badge, Button, Popover } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../../components/visually-hidden';
import { useLatestNotifications, useUnreadCount } from './api';
import { NotificationList } from './NotificationList';
import { useNotificationStream } from './use-notification-stream';

/** The header bell: unread count, the latest notifications in a popover, live over SSE. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const unread = useUnreadCount();
  const latest = useLatestNotifications();
  const count = unread.data?.count ?? 0;

  const onArrived = useCallback(
    (notification: Notification) =>
      setAnnouncement(t('notifications.arrived', { title: notification.title })),
    [t],
  );
  useNotificationStream(latest.data !== undefined, onArrived);

  const close = useCallback(() => {
    setOpen(false);
    bell.current?.focus();
  }, []);
  // Escape closes the list wherever focus is (antd's popover leaves keys to the page)
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        arrow={false}
        destroyOnHidden
        content={<NotificationList latest={latest} unreadCount={count} onClose={close} />}
      >
        <Button
          ref={bell}
          type="text"
          aria-label={label}
          title={label}
          aria-expanded={open}
          data-testid="notification-bell"
          icon={
            <Badge count={count} overflowCount={99} size="small" offset={[4, -2]}>
              <BellOutlined aria-hidden style={{ fontSize: 18 }} />
            </Badge>
          }
        />
      </Popover>
      <span role="status" aria-live="polite" style={visuallyHidden}>
        {announcement}
      </span>
    </>
  );
}

import type { Notification } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { isWebUrl } from './cache';

interface NotificationDetailProps {
  notification: Notification | null;
  onClose: () => void;
}

/**
 * The whole message, for one that has no page in the app to open: a bottom sheet on a native modal
 * <dialog> (focus kept inside, Esc and the backdrop close it, focus returns to the row).
 */
export function NotificationDetail({ notification, onClose }: NotificationDetailProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (notification && !dialog.open) dialog.showModal();
    if (!notification && dialog.open) dialog.close();
  }, [notification]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click's keyboard equivalent is Esc, built into <dialog>
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby="notification-detail-title"
      onClose={onClose}
      onClick={(event) => {
        // a click on the dialog itself (not its content) is on the backdrop
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      {notification && (
        <div className="sheet-content">
          <h2 id="notification-detail-title" className="sheet-title">
            {notification.title}
          </h2>
          <p className="sheet-meta">
            <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
          </p>
          {notification.body && <p className="sheet-body">{notification.body}</p>}
          {isWebUrl(notification.link) && (
            <a className="sheet-link" href={notification.link} target="_blank" rel="noopener noreferrer">
              {t('notifications.openLink')}
            </a>
          )}
          <Button block size="large" onClick={() => ref.current?.close()}>
            {t('notifications.close')}
          </Button>
        </div>
      )}
    </dialog>
  );
}

import type { Notification } from '@houqin/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Spin, Typography, theme } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { Page } from '../../lib/page';
import { useMarkAllRead, useMarkRead } from './api';
import { consolePathOf } from './cache';

interface Props {
  latest: UseQueryResult<Page<Notification>>;
  unreadCount: number;
  /** closes the popover (a click that leaves for a console page) */
  onClose: () => void;
}

/** The bell's popover: the latest notifications, mark one or all read, open a console link. */
export function NotificationList({ latest, unreadCount, onClose }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = latest.data?.items ?? [];
  const section = useRef<HTMLElement>(null);
  // opened from the bell: keyboard focus moves into the list (the popover lives at the end of <body>)
  useEffect(() => section.current?.focus(), []);

  const onError = (error: unknown) => void message.error(parseApiError(error));
  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id, { onError });
    const path = consolePathOf(notification.link);
    if (path) {
      onClose();
      navigate(path);
    }
  };

  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-label={t('notifications.latest')}
      style={{ width: 380, maxWidth: 'calc(100vw - 32px)', outline: 'none' }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t('notifications.latest')}
        </Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unreadCount === 0}
          loading={markAllRead.isPending}
          onClick={() =>
            markAllRead.mutate(undefined, {
              onSuccess: () => void message.success(t('notifications.markedAllRead')),
              onError,
            })
          }
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {latest.isPending ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : null}
      {latest.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('notifications.loadFailed')}
          description={parseApiError(latest.error)}
        />
      ) : null}
      {latest.isSuccess && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : null}
      {items.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }}>
          {items.map((item) => {
            const unread = !item.readAt;
            return (
              <li
                key={item.id}
                style={{
                  display: 'flex',
                  gap: 8,
                  alignItems: 'flex-start',
                  padding: '8px 4px',
                  borderTop: `1px solid ${token.colorBorderSecondary}`,
                  background: unread ? token.colorPrimaryBg : undefined,
                }}
              >
                <button
                  type="button"
                  onClick={() => open(item)}
                  style={{
                    flex: 1,
                    minWidth: 0,
                    textAlign: 'start',
                    background: 'none',
                    border: 'none',
                    padding: 4,
                    cursor: 'pointer',
                    color: token.colorText,
                    font: 'inherit',
                    borderRadius: token.borderRadiusSM,
                  }}
                >
                  <span style={{ display: 'block', fontWeight: unread ? 600 : 400 }}>
                    {unread ? (
                      <span style={{ color: token.colorPrimary }}>[{t('notifications.unread')}] </span>
                    ) : null}
                    {item.title}
                  </span>
                  <span
                    style={{
                      display: '-webkit-box',
                      WebkitLineClamp: 2,
                      WebkitBoxOrient: 'vertical',
                      overflow: 'hidden',
                      color: token.colorTextSecondary,
                      marginTop: 2,
                    }}
                  >
                    {item.body}
                  </span>
                  <span
                    style={{
                      display: 'block',
                      color: token.colorTextDescription,
                      fontSize: 12,
                      marginTop: 2,
                    }}
                  >
                    {formatDateTime(item.createdAt)}
                  </span>
                </button>
                {unread ? (
                  <Button
                    type="link"
                    size="small"
                    aria-label={t('notifications.markReadOf', { title: item.title })}
                    onClick={() => markRead.mutate(item.id, { onError })}
                  >
                    {t('notifications.markRead')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

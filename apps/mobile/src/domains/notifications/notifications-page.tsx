import type { Notification } from '@houqin/contracts';
import { Button, DotLoading, InfiniteScroll, PullToRefresh } from 'antd-mobile';
import { BellOutline, SetOutline } from 'antd-mobile-icons';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { parseApiError } from '../../lib/api-error';
import { i18n } from '../../lib/i18n';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { flattenNotifications, linkTarget } from './cache';
import { NOTIFICATION_PAGE_SIZE, NOTIFICATION_SETTINGS_PATH } from './keys';
import { NotificationDetail } from './notification-detail';
import { NotificationItem } from './notification-item';
import { useMarkAllRead, useMarkRead, useNotificationList, useUnreadCount } from './queries';

/** 消息: the user's notifications, newest first, arriving live; tap to read and open. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useNotificationList();
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [detail, setDetail] = useState<Notification | null>(null);

  const items = flattenNotifications(list.data);
  const unreadCount = unread.data?.count ?? items.filter((item) => !item.readAt).length;

  const onOpen = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification);
    const target = linkTarget(notification.link);
    if (target) void navigate(target);
    else setDetail(notification);
  };

  const onReadAll = () =>
    markAllRead.mutate(undefined, {
      onSuccess: () => showNotice(i18n.t('notifications.allRead')),
      onError: (err) => showNotice(parseApiError(err)),
    });

  const onRefresh = async () => {
    await Promise.all([list.refetch(), unread.refetch()]);
  };

  const loadMore = async () => {
    // a rejection makes InfiniteScroll show the retry
    await list.fetchNextPage({ throwOnError: true, cancelRefetch: false });
  };

  let content: ReactNode;
  if (list.isPending) content = <SkeletonList rows={6} />;
  else if (list.isError) content = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0) {
    content = (
      <EmptyState
        icon={<BellOutline />}
        title={t('notifications.emptyTitle')}
        description={t('notifications.emptyDescription')}
      />
    );
  } else {
    content = (
      <section className="card-section" aria-labelledby="notifications-list-heading">
        <h2 id="notifications-list-heading" className="visually-hidden">
          {t('notifications.listHeading')}
        </h2>
        <p className="list-summary">
          {unreadCount > 0
            ? t('notifications.summaryUnread', { count: unreadCount })
            : t('notifications.summaryAllRead')}
        </p>
        <ul className="notification-list">
          {items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={onOpen} />
          ))}
        </ul>
        <InfiniteScroll hasMore={list.hasNextPage} loadMore={loadMore}>
          {(hasMore, failed, retry) => {
            if (failed) {
              return (
                <span className="load-more-failed" role="alert">
                  <span>{t('notifications.loadMoreFailed')}</span>
                  <Button
                    size="small"
                    color="primary"
                    fill="outline"
                    className="load-more-retry"
                    onClick={retry}
                  >
                    {t('app.retry')}
                  </Button>
                </span>
              );
            }
            if (hasMore) {
              return (
                <span role="status" className="load-more-status">
                  {t('app.loading')}
                  <DotLoading aria-hidden="true" />
                </span>
              );
            }
            return items.length > NOTIFICATION_PAGE_SIZE ? (
              <span className="load-more-status">{t('notifications.noMore')}</span>
            ) : null;
          }}
        </InfiniteScroll>
      </section>
    );
  }

  return (
    <Page
      title={t('notifications.title')}
      actions={
        <>
          <button
            type="button"
            className="header-text-button"
            disabled={unreadCount === 0 || markAllRead.isPending}
            onClick={onReadAll}
          >
            {t('notifications.readAll')}
          </button>
          <Link
            to={NOTIFICATION_SETTINGS_PATH}
            className="header-icon-link"
            aria-label={t('notifications.settings')}
          >
            <SetOutline aria-hidden="true" />
          </Link>
        </>
      }
    >
      <PullToRefresh onRefresh={onRefresh}>
        <div className="pull-area">{content}</div>
      </PullToRefresh>
      <NotificationDetail notification={detail} onClose={() => setDetail(null)} />
    </Page>
  );
}

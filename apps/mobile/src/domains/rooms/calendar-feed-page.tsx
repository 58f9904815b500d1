import type { CalendarFeed } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from './queries';
import './rooms.css';

/**
 * 日历订阅: my meetings as an iCalendar feed for Outlook, Apple Calendar or 钉钉. The secret address is
 * shown once, right after it is made; making a new one stops the old one.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const feeds = useCalendarFeeds();

  let content: ReactNode;
  if (feeds.isPending) content = <SkeletonList rows={4} />;
  else if (feeds.isError) content = <ErrorState error={feeds.error} onRetry={() => void feeds.refetch()} />;
  else content = <MyFeed feed={feeds.data.items.find((f) => f.scope === 'me') ?? null} />;

  return (
    <Page title={t('roomsFeed.title')} backTo="/me">
      {content}
      <HowTo />
    </Page>
  );
}

function MyFeed({ feed }: { feed: CalendarFeed | null }) {
  const { t } = useTranslation();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CalendarFeed | null>(null);
  const url = created?.url ?? null;

  const onCreate = () => {
    setError(null);
    create.mutate(undefined, {
      onSuccess: (made) => setCreated(made),
      onError: (err) => setError(parseApiError(err)),
    });
  };
  const onRevoke = (id: string) => {
    setError(null);
    revoke.mutate(id, {
      onSuccess: () => {
        setCreated(null);
        showNotice(i18n.t('roomsFeed.revoked'));
      },
      onError: (err) => setError(parseApiError(err)),
    });
  };
  const current = created ?? feed;

  return (
    <section className="card-section" aria-labelledby="feed-mine">
      <h2 id="feed-mine" className="list-header">
        {t('roomsFeed.mine')}
      </h2>
      <p className="section-text">{t('roomsFeed.intro')}</p>
      <p className="section-text feed-state" role="status">
        {current
          ? t('roomsFeed.active', { time: formatDateTime(current.createdAt) })
          : t('roomsFeed.inactive')}
      </p>
      {url && <FeedUrl url={url} />}
      <FormAlert message={error} />
      <div className="page-actions action-stack">
        <Button block color="primary" size="large" loading={create.isPending} onClick={onCreate}>
          {current ? t('roomsFeed.regenerate') : t('roomsFeed.create')}
        </Button>
        {current && (
          <Button
            block
            color="danger"
            fill="outline"
            size="large"
            loading={revoke.isPending}
            onClick={() => onRevoke(current.id)}
          >
            {t('roomsFeed.revoke')}
          </Button>
        )}
      </div>
      {current && <p className="section-note">{t('roomsFeed.regenerateHint')}</p>}
    </section>
  );
}

function FeedUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showNotice(i18n.t('roomsFeed.copied'));
    } catch {
      showNotice(i18n.t('roomsFeed.copyFailed'));
    }
  };
  return (
    <div className="feed-url">
      <p className="notice notice-warning" role="note">
        {t('roomsFeed.shownOnce')}
      </p>
      <label className="field" htmlFor="feed-url">
        <span className="field-label">{t('roomsFeed.url')}</span>
        <input
          id="feed-url"
          className="native-input feed-url-input"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <Button block size="large" color="primary" fill="outline" onClick={() => void onCopy()}>
        {t('roomsFeed.copy')}
      </Button>
    </div>
  );
}

function HowTo() {
  const { t } = useTranslation();
  const apps = ['outlook', 'apple', 'dingtalk'] as const;
  return (
    <section className="card-section" aria-labelledby="feed-how">
      <h2 id="feed-how" className="list-header">
        {t('roomsFeed.howTo')}
      </h2>
      <dl className="how-to">
        {apps.map((app) => (
          <div key={app}>
            <dt>{t(`roomsFeedApps.${app}Name`)}</dt>
            <dd>{t(`roomsFeedApps.${app}Steps`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

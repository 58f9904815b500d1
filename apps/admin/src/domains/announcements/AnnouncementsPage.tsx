import { SendOutlined } from '@ant-design/icons';
import type { Announcement } from '@houqin/contracts';
import { Alert, Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { pageSizeOptions } from '../../lib/page';
import { positiveInt, useUrlFilters } from '../../lib/use-url-filters';
import { useAnnouncements } from './api';
import { PublishDrawer } from './PublishDrawer';

function parsePaging(params: URLSearchParams) {
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** 通知公告: what was announced to whom and how many it reached; 发布公告 sends a new one. */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const [paging, setPaging] = useUrlFilters(parsePaging);
  const announcements = useAnnouncements(paging);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<Announcement | null>(null);

  const audienceText = (a: Announcement) => {
    if (a.audience.kind === 'unit') {
      const name = a.audience.unitName ?? '—';
      return t('announcements.audienceUnitValue', {
        name: a.audience.unitId ? name : `${name}${t('announcements.unitDeleted')}`,
      });
    }
    if (a.audience.kind === 'role' && a.audience.role) {
      return t('announcements.audienceRoleValue', { role: t(`roles.${a.audience.role}`) });
    }
    return t('announcements.audienceAllValue');
  };

  const columns: TableColumnsType<Announcement> = [
    { key: 'time', title: t('announcements.time'), render: (_, a) => formatDateTime(a.createdAt) },
    { key: 'title', title: t('announcements.titleField'), dataIndex: 'title' },
    { key: 'audience', title: t('announcements.audience'), render: (_, a) => audienceText(a) },
    {
      key: 'recipients',
      title: t('announcements.recipients'),
      align: 'right',
      render: (_, a) => t('announcements.recipientsValue', { count: a.recipientCount }),
    },
    { key: 'publisher', title: t('announcements.publisher'), dataIndex: 'createdByName' },
  ];

  return (
    <>
      <PageHeader
        title={t('announcements.title')}
        extra={
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setPublishing(true)}>
            {t('announcements.publish')}
          </Button>
        }
      />
      <div aria-live="polite">
        {published ? (
          <Alert
            type={published.recipientCount > 0 ? 'success' : 'warning'}
            showIcon
            closable={{ onClose: () => setPublished(null) }}
            title={t(
              published.recipientCount > 0 ? 'announcements.published' : 'announcements.publishedNobody',
              {
                title: published.title,
                count: published.recipientCount,
              },
            )}
            style={{ marginBottom: 16 }}
            data-testid="announcement-published"
          />
        ) : null}
      </div>
      <Card>
        {announcements.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={parseApiError(announcements.error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<Announcement>
          rowKey="id"
          columns={columns}
          dataSource={announcements.data?.items ?? []}
          loading={announcements.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Typography.Text type="secondary">{t('announcements.empty')}</Typography.Text>,
          }}
          expandable={{
            expandedRowRender: (a) => (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxWidth: 880 }}>
                {a.body}
              </Typography.Paragraph>
            ),
          }}
          pagination={{
            current: announcements.data?.page ?? 1,
            pageSize: announcements.data?.pageSize ?? 20,
            total: announcements.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
      {publishing ? (
        <PublishDrawer onClose={() => setPublishing(false)} onPublished={(a) => setPublished(a)} />
      ) : null}
    </>
  );
}

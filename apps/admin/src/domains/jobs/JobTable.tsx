import type { ScheduledJob, ScheduledJobPage } from '@houqin/contracts';
import { App, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { pageSizeOptions } from '../../lib/page';
import { useRetryJob } from './api';
import { JobName } from './JobName';
import { statusTone } from './labels';

interface Props {
  data: ScheduledJobPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onShowRuns: (job: ScheduledJob) => void;
}

export function JobTable({ data, loading, onPageChange, onShowRuns }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retry = useRetryJob();

  const onRetry = (job: ScheduledJob) =>
    retry.mutate(job.id, {
      onSuccess: () => void message.success(t('jobs.retried')),
      onError: (error) => void message.error(parseApiError(error)),
    });

  const columns: TableColumnsType<ScheduledJob> = [
    { key: 'name', title: t('jobs.name'), render: (_, job) => <JobName name={job.name} /> },
    {
      key: 'status',
      title: t('jobs.status'),
      render: (_, job) => {
        // a pending job that has failed before is waiting for its next attempt (backoff)
        const label = job.status === 'pending' && job.attempts > 0 ? 'retrying' : job.status;
        return <StatusTag tone={statusTone[job.status]}>{t(`jobs.statuses.${label}`)}</StatusTag>;
      },
    },
    {
      key: 'attempts',
      title: t('jobs.attempts'),
      render: (_, job) => t('jobs.attemptsValue', { attempts: job.attempts, max: job.maxAttempts }),
    },
    {
      key: 'nextRun',
      title: t('jobs.nextRun'),
      render: (_, job) => {
        if (job.status !== 'pending') return '—';
        return job.runAt ? formatDateTime(job.runAt, { seconds: true }) : t('jobs.asap');
      },
    },
    {
      key: 'lastError',
      title: t('jobs.lastError'),
      render: (_, job) =>
        job.lastError ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: job.lastError }}
            style={{ margin: 0, maxWidth: 320 }}
          >
            {job.lastError}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    {
      key: 'createdAt',
      title: t('jobs.createdAt'),
      render: (_, job) => formatDateTime(job.createdAt, { seconds: true }),
    },
    {
      key: 'finishedAt',
      title: t('jobs.finishedAt'),
      render: (_, job) => formatDateTime(job.finishedAt, { seconds: true }),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, job) => (
        <Space size={0} wrap>
          {job.status === 'failed' ? (
            <Button
              type="link"
              size="small"
              loading={retry.isPending && retry.variables === job.id}
              onClick={() => onRetry(job)}
            >
              {t('jobs.retry')}
            </Button>
          ) : null}
          <Button type="link" size="small" onClick={() => onShowRuns(job)}>
            {t('jobs.viewRuns')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<ScheduledJob>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}

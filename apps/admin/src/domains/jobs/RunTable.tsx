import type { JobRun, JobRunPage } from '@houqin/contracts';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';
import { formatCount, formatDateTime } from '../../lib/format';
import { pageSizeOptions } from '../../lib/page';
import { JobName } from './JobName';
import { outcomeTone } from './labels';

interface Props {
  data: JobRunPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The run log: one row per attempt, latest first. */
export function RunTable({ data, loading, onPageChange }: Props) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<JobRun> = [
    { key: 'name', title: t('jobs.job'), render: (_, run) => <JobName name={run.name} /> },
    {
      key: 'attempt',
      title: t('jobs.attempt'),
      render: (_, run) => t('jobs.attemptValue', { attempt: run.attempt }),
    },
    {
      key: 'startedAt',
      title: t('jobs.startedAt'),
      render: (_, run) => formatDateTime(run.startedAt, { seconds: true }),
    },
    {
      key: 'duration',
      title: t('jobs.duration'),
      align: 'right',
      render: (_, run) => (run.durationMs === null ? '—' : formatCount(run.durationMs, i18n.language)),
    },
    {
      key: 'outcome',
      title: t('jobs.outcome'),
      render: (_, run) => (
        <StatusTag tone={outcomeTone[run.outcome]}>{t(`jobs.outcomes.${run.outcome}`)}</StatusTag>
      ),
    },
    {
      key: 'error',
      title: t('jobs.error'),
      render: (_, run) =>
        run.error ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: run.error }}
            style={{ margin: 0, maxWidth: 360 }}
          >
            {run.error}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    { key: 'worker', title: t('jobs.worker'), dataIndex: 'worker' },
  ];

  return (
    <Table<JobRun>
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

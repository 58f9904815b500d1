import { Alert, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RefreshButton } from '../../components/RefreshButton';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useJobRuns, useJobs } from './api';
import { type JobFilters, type JobsTab, parseJobFilters } from './filters';
import { JobFilterBar } from './JobFilterBar';
import { JobTable } from './JobTable';
import { RunTable } from './RunTable';

/** 定时任务: the jobs (filter by status, retry a failed one) and the run log of every attempt. */
export function JobsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseJobFilters);
  const jobs = useJobs(filters, filters.tab === 'jobs');
  const runs = useJobRuns(filters, filters.tab === 'runs');
  const active = filters.tab === 'jobs' ? jobs : runs;

  const showTab = (tab: JobsTab, extra: Partial<JobFilters> = {}) =>
    setFilters({ tab, page: 1, pageSize: filters.pageSize, ...extra });
  const onPageChange = (page: number, pageSize: number) => setFilters({ ...filters, page, pageSize });

  const loadError = active.isError ? (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={parseApiError(active.error)}
      style={{ marginBottom: 16 }}
    />
  ) : null;

  return (
    <>
      <PageHeader title={t('jobs.title')} extra={<RefreshButton query={active} />} />
      <Alert type="info" showIcon title={t('jobs.hint')} style={{ marginBottom: 16 }} />
      <Card>
        <Tabs
          activeKey={filters.tab}
          onChange={(key) => showTab(key === 'runs' ? 'runs' : 'jobs')}
          items={[
            {
              key: 'jobs',
              label: t('jobs.tabJobs'),
              children:
                filters.tab === 'jobs' ? (
                  <>
                    <JobFilterBar
                      filters={filters}
                      onSearch={(values) =>
                        setFilters({ ...values, tab: 'jobs', page: 1, pageSize: filters.pageSize })
                      }
                    />
                    {loadError}
                    <JobTable
                      data={jobs.data}
                      loading={jobs.isFetching}
                      onPageChange={onPageChange}
                      onShowRuns={(job) => showTab('runs', { jobId: job.id })}
                    />
                  </>
                ) : null,
            },
            {
              key: 'runs',
              label: t('jobs.tabRuns'),
              children:
                filters.tab === 'runs' ? (
                  <>
                    <JobFilterBar
                      filters={filters}
                      onSearch={(values) =>
                        setFilters({ ...values, tab: 'runs', page: 1, pageSize: filters.pageSize })
                      }
                    />
                    {loadError}
                    <RunTable data={runs.data} loading={runs.isFetching} onPageChange={onPageChange} />
                  </>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}

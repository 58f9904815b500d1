import { type JobRunOutcome, type JobStatus, jobRunOutcomes, jobStatuses } from '@houqin/contracts';
import { positiveInt, text } from '../../lib/use-url-filters';

export type JobsTab = 'jobs' | 'runs';

/** The jobs page in the address bar: which tab, and that tab's filters and page. */
export type JobFilters = {
  tab: JobsTab;
  status?: JobStatus;
  outcome?: JobRunOutcome;
  name?: string;
  jobId?: string;
  page: number;
  pageSize: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseJobFilters(params: URLSearchParams): JobFilters {
  const tab: JobsTab = params.get('tab') === 'runs' ? 'runs' : 'jobs';
  const status = params.get('status');
  const outcome = params.get('outcome');
  const jobId = text(params.get('jobId'));
  return {
    tab,
    status: tab === 'jobs' ? jobStatuses.find((known) => known === status) : undefined,
    outcome: tab === 'runs' ? jobRunOutcomes.find((known) => known === outcome) : undefined,
    name: text(params.get('name'))?.slice(0, 100),
    jobId: tab === 'runs' && jobId && UUID.test(jobId) ? jobId : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** GET /api/admin/jobs */
export function jobsQuery({ status, name, page, pageSize }: JobFilters) {
  return { status, name, page, pageSize };
}

/** GET /api/admin/jobs/runs */
export function runsQuery({ outcome, name, jobId, page, pageSize }: JobFilters) {
  return { outcome, name, jobId, page, pageSize };
}

/** `notifications.deliver` → `notifications_deliver` (i18n keys hold neither dots nor hyphens). */
export const jobNameKey = (name: string) => name.replace(/[.-]/g, '_');

import { describe, expect, it } from 'vitest';
import { jobNameKey, jobsQuery, parseJobFilters, runsQuery } from './filters';

describe('job filters', () => {
  it('reads the jobs tab with a known status only', () => {
    const filters = parseJobFilters(new URLSearchParams('status=failed&name=files.delete-orphans&page=2'));
    expect(filters).toEqual({
      tab: 'jobs',
      status: 'failed',
      outcome: undefined,
      name: 'files.delete-orphans',
      jobId: undefined,
      page: 2,
      pageSize: 20,
    });
    expect(parseJobFilters(new URLSearchParams('status=done')).status).toBeUndefined();
    expect(jobsQuery(filters)).toEqual({
      status: 'failed',
      name: 'files.delete-orphans',
      page: 2,
      pageSize: 20,
    });
  });

  it('reads the run log tab with an outcome and a job id', () => {
    const id = '0b6d3f52-8f0e-4a47-9a53-6c1e2f1d0a11';
    const filters = parseJobFilters(new URLSearchParams(`tab=runs&outcome=error&jobId=${id}&status=failed`));
    expect(filters.status).toBeUndefined();
    expect(runsQuery(filters)).toEqual({
      outcome: 'error',
      name: undefined,
      jobId: id,
      page: 1,
      pageSize: 20,
    });
    expect(parseJobFilters(new URLSearchParams('tab=runs&jobId=not-a-uuid')).jobId).toBeUndefined();
  });

  it('turns job names into message keys', () => {
    expect(jobNameKey('rate-limit.purge-ended-windows')).toBe('rate_limit_purge_ended_windows');
  });
});

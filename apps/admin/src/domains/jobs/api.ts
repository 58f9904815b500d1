import type { JobRunPage, ScheduledJob, ScheduledJobPage } from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';
import { type JobFilters, jobsQuery, runsQuery } from './filters';

export const jobsKey = ['jobs'] as const;

export function useJobs(filters: JobFilters, enabled: boolean) {
  const query = jobsQuery(filters);
  return useQuery({
    queryKey: [...jobsKey, 'list', query],
    queryFn: ({ signal }) => http.get<ScheduledJobPage>('/api/admin/jobs', query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 5_000,
  });
}

export function useJobRuns(filters: JobFilters, enabled: boolean) {
  const query = runsQuery(filters);
  return useQuery({
    queryKey: [...jobsKey, 'runs', query],
    queryFn: ({ signal }) => http.get<JobRunPage>('/api/admin/jobs/runs', query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 5_000,
  });
}

/** 重试: a failed job back to pending, due now. */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.post<ScheduledJob>(`/api/admin/jobs/${encodeURIComponent(id)}/retry`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}

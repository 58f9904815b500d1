import type { AuditEntry, AuditVerifyResult } from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { http } from '../../lib/http';
import type { Page } from '../../lib/page';
import type { AuditFilters } from './filters';

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) => http.get<Page<AuditEntry>>('/api/audit', filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** One entry, starting from the row already on screen. */
export function useAuditEntry(entry: AuditEntry) {
  return useQuery({
    queryKey: ['audit', 'entry', entry.id],
    queryFn: ({ signal }) =>
      http.get<AuditEntry>(`/api/audit/${encodeURIComponent(entry.id)}`, undefined, signal),
    placeholderData: entry,
  });
}

/** 校验链: walks the hash chain on the server. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => http.get<AuditVerifyResult>('/api/audit/verify') });
}

import type { ConsoleSummary } from '@houqin/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../lib/http';

/** Console home figures; only console roles may call it (the caller checks). */
export function useSummary() {
  return useQuery({
    queryKey: ['summary'],
    queryFn: ({ signal }) => http.get<ConsoleSummary>('/api/admin/summary', undefined, signal),
  });
}

import type { CreateUnitInput, Unit, UpdateUnitInput } from '@houqin/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const unitsKey = ['units'] as const;

/** All units, flat (parentId links the tree); any signed-in user may read them. */
export function useUnits() {
  return useQuery({
    queryKey: unitsKey,
    queryFn: ({ signal }) => http.get<{ items: Unit[] }>('/api/admin/units', undefined, signal),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: unitsKey });
    void queryClient.invalidateQueries({ queryKey: ['summary'] });
  };
}

export function useCreateUnit() {
  const onSuccess = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => http.post<Unit>('/api/admin/units', input),
    onSuccess,
  });
}

export function useUpdateUnit() {
  const onSuccess = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUnitInput }) =>
      http.patch<Unit>(`/api/admin/units/${encodeURIComponent(id)}`, input),
    onSuccess,
  });
}

export function useDeleteUnit() {
  const onSuccess = useInvalidateUnits();
  return useMutation({
    mutationFn: (id: string) => http.delete<{ ok: true }>(`/api/admin/units/${encodeURIComponent(id)}`),
    onSuccess,
  });
}

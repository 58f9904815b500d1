import type { CreateUserInput, ImportReport, UpdateUserInput, User } from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';
import type { Page } from '../../lib/page';
import type { UserFilters } from './filters';

export const usersKey = ['users'] as const;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: ({ signal }) => http.get<Page<User>>('/api/admin/users', filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** After a change to users: the lists, the home figures and the units' user counts. */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: usersKey });
    void queryClient.invalidateQueries({ queryKey: ['summary'] });
    void queryClient.invalidateQueries({ queryKey: ['units'] });
  };
}

const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export function useCreateUser() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserInput) => http.post<User>('/api/admin/users', input),
    onSuccess,
  });
}

export function useUpdateUser() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) =>
      http.patch<User>(userPath(id), input),
    onSuccess,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      http.post<{ ok: true }>(`${userPath(id)}/reset-password`, { password }),
  });
}

export function useUnlockUser() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => http.post<{ ok: true }>(`${userPath(id)}/unlock`),
    onSuccess,
  });
}

export function useImportUsers() {
  const onSuccess = useInvalidateUsers();
  return useMutation({
    mutationFn: (file: File) => http.upload<ImportReport>('/api/admin/users/import', 'file', file, file.name),
    onSuccess,
  });
}

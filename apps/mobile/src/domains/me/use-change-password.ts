import type { ChangePasswordInput } from '@houqin/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { startSession } from '../auth/use-session';
import { changePassword } from './api';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => changePassword(input),
    onSuccess: (session) => startSession(queryClient, session),
  });
}

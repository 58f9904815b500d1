import type { LoginInput } from '@houqin/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login } from './api';
import { startSession } from './use-session';

/** Signs in; the guards then route to the page the user wanted, or to the password change. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (session) => startSession(queryClient, session),
  });
}

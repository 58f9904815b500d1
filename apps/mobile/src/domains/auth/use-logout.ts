import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isSignedOutError, logout } from './api';
import { endSession } from './use-session';

/** Signs out and shows the login page; a session that had already ended counts as signed out. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: (_data, error) => {
      if (error && !isSignedOutError(error)) return;
      endSession(queryClient);
      void navigate('/login', { replace: true });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyLanguagePreference } from '../../lib/i18n';
import type { LanguagePreference } from '../../lib/language';
import { useUpdateSessionUser } from '../auth/use-session';
import { profileQueryKey, updateProfile } from './api';

/** Saves the UI language on the server (so it follows the user) and on this device. */
export function useSaveLanguagePreference() {
  const queryClient = useQueryClient();
  const updateSessionUser = useUpdateSessionUser();
  return useMutation({
    mutationFn: (locale: LanguagePreference) => updateProfile({ locale }),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileQueryKey, profile);
      updateSessionUser({ locale: profile.locale });
      applyLanguagePreference(profile.locale);
    },
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionKey } from '../domains/auth/session';
import { http } from '../lib/http';
import i18n, { type Language, rememberLanguage } from '../lib/i18n';

export function useChangeLanguage(): (language: Language) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (language: Language) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
      if (queryClient.getQueryData(sessionKey)) {
        http.patch('/api/me', { locale: language }).catch(() => undefined);
      }
    },
    [queryClient],
  );
}

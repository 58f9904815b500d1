import { useEffect } from 'react';
import { applyLanguagePreference } from '../../lib/i18n';
import { useSession } from './use-session';

/** Once signed in, the language the user saved on the server wins (null = follow the system). */
export function useSessionLanguage(): void {
  const { data } = useSession();
  const signedIn = Boolean(data);
  const locale = data?.user.locale ?? null;
  useEffect(() => {
    if (signedIn) applyLanguagePreference(locale);
  }, [signedIn, locale]);
}

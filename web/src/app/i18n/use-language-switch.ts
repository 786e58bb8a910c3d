import { useCallback } from 'react';
import type { Locale, Me } from '@qiantai/contracts';
import { api } from '../../lib/api';
import { useAuth } from '../auth/auth-context';
import { useLocale } from './locale-context';

/** Switches the language at once, and for a signed-in user also saves it as the account's preference. */
export function useLanguageSwitch(): (locale: Locale) => Promise<void> {
  const { setLocale } = useLocale();
  const { me, acceptMe } = useAuth();
  const signedIn = Boolean(me);
  return useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      if (!signedIn) return;
      // The switch already happened on this device; a failed save only costs the preference.
      const fresh = await api.put<Me>('/auth/preferences', { locale }).catch(() => null);
      if (fresh) acceptMe(fresh);
    },
    [setLocale, signedIn, acceptMe],
  );
}

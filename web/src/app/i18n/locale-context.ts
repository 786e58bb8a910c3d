import { createContext, useContext } from 'react';
import type { Locale } from '@qiantai/contracts';
import type { Translate } from './catalogues';

export interface LocaleState {
  locale: Locale;
  /** Switches the interface language on this device (the account preference is saved separately). */
  setLocale(locale: Locale): void;
  t: Translate;
}

export const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useLocale().t;
}

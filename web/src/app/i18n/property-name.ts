import type { Locale } from '@qiantai/contracts';

/** Properties and departments carry a Chinese and an English name; show the one of the interface. */
export function localName(item: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? item.nameEn : item.name;
}

import { LOCALES, type Locale } from '@qiantai/contracts';

const KEY = 'qiantai.locale';

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The saved choice, else the browser's language when it is English, else Chinese (the product's first language). */
export function initialLocale(): Locale {
  const saved = localStorage.getItem(KEY);
  if (isLocale(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function saveLocale(locale: Locale) {
  localStorage.setItem(KEY, locale);
}

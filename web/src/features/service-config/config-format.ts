import type { Locale } from '@qiantai/contracts';
import type { Translate } from '../../app/i18n/catalogues';

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * A duration in minutes as people say it: "30 分钟", "24 小时", "48 小时", "7 天", "1 小时 30 分钟".
 * Whole hours up to two days stay hours (the industry says "24 h", "48 h"); longer whole days are days.
 */
export function formatMinutes(minutes: number, t: Translate): string {
  if (minutes < HOUR) return t('serviceConfig.duration.minutes', { n: minutes });
  if (minutes % DAY === 0 && minutes > 2 * DAY) return t('serviceConfig.duration.days', { n: minutes / DAY });
  if (minutes % HOUR === 0) return t('serviceConfig.duration.hours', { n: minutes / HOUR });
  return t('serviceConfig.duration.hoursMinutes', { h: Math.floor(minutes / HOUR), m: minutes % HOUR });
}

/** 510 → "08:30"; 1440 → "24:00" (the end of the day). */
export const clockTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The name in the interface's language, falling back to Chinese where no English was given. */
export const nameIn = (item: { name: string; nameEn: string }, locale: Locale) =>
  locale === 'en' && item.nameEn ? item.nameEn : item.name;

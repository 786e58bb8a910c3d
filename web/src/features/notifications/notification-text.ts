import type { Locale, NotificationItem } from '@qiantai/contracts';

/** A notification's title and body in the reader's language. */
export function textOf(n: Pick<NotificationItem, 'title' | 'body'>, locale: Locale) {
  return locale === 'en' ? { title: n.title.en, body: n.body.en } : { title: n.title.zh, body: n.body.zh };
}

import type { Locale, NotificationItem } from '@qiantai/contracts';
import type { OutgoingMessage } from './channels/channel.js';
import type { NotificationRow } from './notifications.repository.js';

export function toNotification(row: NotificationRow): NotificationItem {
  return {
    id: row.id,
    propertyId: row.property_id,
    event: row.event,
    title: { zh: row.title_zh, en: row.title_en },
    body: { zh: row.body_zh, en: row.body_en },
    link: row.link,
    entity: row.entity_type && row.entity_id ? { type: row.entity_type, id: row.entity_id } : null,
    urgent: row.urgent === 1,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/** An app path made absolute with the address staff open Qiantai at, when the property set one. */
export function absoluteLink(link: string | null, appUrl: string): string | null {
  if (!link) return null;
  return appUrl && link.startsWith('/') ? `${appUrl}${link}` : link;
}

/** The notification in one language, ready for a channel. */
export function messageOf(
  row: NotificationRow,
  opts: { id: string; locale: Locale; appUrl: string; recipientNames?: readonly string[] },
): OutgoingMessage {
  const zh = opts.locale === 'zh-CN';
  return {
    id: opts.id,
    propertyId: row.property_id,
    locale: opts.locale,
    title: zh ? row.title_zh : row.title_en,
    body: zh ? row.body_zh : row.body_en,
    link: absoluteLink(row.link, opts.appUrl),
    notification: toNotification(row),
    recipientNames: opts.recipientNames ?? [],
  };
}

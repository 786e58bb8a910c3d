// Notifications, their deliveries, preferences and channel settings (decision 0011).
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type {
  DeliveryStatus,
  ExternalChannel,
  NotificationChannelName,
  NotificationEvent,
  SettingsSection,
} from '@qiantai/contracts';

export interface NotificationsTables {
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
  notification_settings: NotificationSettingsTable;
}

export interface NotificationsTable {
  id: string;
  property_id: string;
  user_id: string;
  event: NotificationEvent;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  urgent: number;
  /** 0 when the user turned the bell off for the event: the row exists for its e-mail or SMS. */
  in_app: number;
  read_at: number | null;
  created_at: number;
}

export interface NotificationDeliveriesTable {
  id: string;
  property_id: string;
  notification_id: string | null;
  /** null for a group message (WeCom). */
  user_id: string | null;
  channel: ExternalChannel;
  /** The address used (e-mail), the masked mobile, or null for the group. */
  target: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: number | null;
  sent_at: number | null;
  /** JSON. */
  extra: string | null;
  created_at: number;
  updated_at: number;
}

export interface NotificationPreferencesTable {
  user_id: string;
  event: NotificationEvent;
  channel: NotificationChannelName;
  enabled: number;
  updated_at: number;
}

export interface NotificationSettingsTable {
  property_id: string;
  section: SettingsSection;
  enabled: number;
  /** JSON of the section's plain settings. */
  config: string;
  /** The section's secret, sealed with the data key; never sent back. */
  secret: string | null;
  updated_at: number;
  updated_by: string | null;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends NotificationsTables {}
}

import type { Locale, NotificationChannelName, NotificationItem } from '@qiantai/contracts';

/** One message as a channel sends it: already in the recipient's language. */
export interface OutgoingMessage {
  /** The delivery's id (the notification's for in-app): what a receiver can deduplicate on. */
  id: string;
  propertyId: string;
  locale: Locale;
  title: string;
  body: string;
  /** Absolute when the property set the address staff open Qiantai at; otherwise the app path. */
  link: string | null;
  notification: NotificationItem;
  /** Who a group message (WeCom) is for. */
  recipientNames: readonly string[];
}

/** Where it goes: a user (in-app), an address (e-mail, mobile), and the channel's settings at the property. */
export interface ChannelTarget<Settings> {
  userId: string | null;
  address: string | null;
  settings: Settings;
}

/** The one interface every channel implements; sending throws when the message did not go out. */
export interface NotificationChannel<Settings = unknown> {
  readonly name: NotificationChannelName;
  send(delivery: OutgoingMessage, target: ChannelTarget<Settings>): Promise<void>;
}

/**
 * A failure that trying again cannot fix (no address on the account, the channel switched off):
 * the delivery fails at once instead of being retried.
 */
export class PermanentDeliveryError extends Error {
  constructor(readonly code: 'NO_ADDRESS' | 'NOT_CONFIGURED' | 'CHANNEL_OFF') {
    super(code);
  }
}

/** How long a channel waits for a server before giving up on an attempt (the job retries later). */
export const SEND_TIMEOUT_MS = 10_000;

import type { z } from 'zod';
import type {
  ExternalChannel,
  NotificationDelivery,
  NotificationEvent,
  notificationDeliveryQuerySchema,
} from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { backoffMs, enqueueJob } from '../../platform/jobs/job-runner.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import { contactsOf, type Contact } from '../users/index.js';
import {
  PermanentDeliveryError,
  type NotificationChannel,
  type OutgoingMessage,
} from './channels/channel.js';
import { EmailChannel } from './channels/email-channel.js';
import { SmsChannel } from './channels/sms-channel.js';
import { WecomChannel } from './channels/wecom-channel.js';
import * as repo from './deliveries.repository.js';
import { messageOf } from './notification-view.js';
import { findNotification } from './notifications.repository.js';
import { DELIVER_JOB, DELIVERY_ATTEMPTS, shownTarget } from './notifications.service.js';
import {
  channelSettings,
  type ChannelSettings,
  type EmailSettings,
  type SmsSettings,
  type WecomSettings,
} from './settings.service.js';

export interface ExternalChannels {
  email: NotificationChannel<EmailSettings>;
  wecom: NotificationChannel<WecomSettings>;
  sms: NotificationChannel<SmsSettings>;
}

export const standardChannels = (): ExternalChannels => ({
  email: new EmailChannel(),
  wecom: new WecomChannel(),
  sms: new SmsChannel(),
});

export interface SendDeps {
  cipher: PersonalDataCipher;
  channels: ExternalChannels;
}

/** Hands the message to its channel with that channel's settings and the recipient's address. */
export function sendVia(
  channels: ExternalChannels,
  channel: ExternalChannel,
  message: OutgoingMessage,
  to: { userId: string | null; email: string | null; mobile: string | null },
  settings: ChannelSettings,
): Promise<void> {
  switch (channel) {
    case 'email':
      return channels.email.send(message, {
        userId: to.userId,
        address: to.email,
        settings: settings.email.settings,
      });
    case 'sms':
      return channels.sms.send(message, {
        userId: to.userId,
        address: to.mobile,
        settings: settings.sms.settings,
      });
    case 'wecom':
      return channels.wecom.send(message, { userId: null, address: null, settings: settings.wecom.settings });
  }
}

const errorText = (err: unknown) =>
  err instanceof PermanentDeliveryError ? err.code : err instanceof Error ? err.message : String(err);

/**
 * Sends one delivery (the job `notification.deliver`). The address and settings are read now, not
 * when the notice was made, so a fixed address or server helps a retry. A failure is recorded on the
 * delivery and thrown again for the job runner to retry with backoff; a failure no retry can fix
 * (no address, channel off) ends it at once.
 */
export async function runDelivery(
  ctx: ServiceContext,
  deps: SendDeps,
  deliveryId: string,
  attempt: { number: number; max: number },
): Promise<void> {
  const d = await repo.findDelivery(ctx.db, deliveryId);
  if (!d || d.status !== 'pending') return;
  const note = d.notification_id ? await findNotification(ctx.db, d.notification_id) : undefined;
  const [contact] = d.user_id ? await contactsOf(ctx, [d.user_id]) : [];
  const target = shownTarget(d.channel, contact);
  const now = ctx.now();
  try {
    if (!note) throw new Error('the notification no longer exists');
    const settings = await channelSettings(ctx, deps.cipher, d.property_id);
    if (!settings[d.channel].enabled) throw new PermanentDeliveryError('CHANNEL_OFF');
    const names = d.extra ? ((JSON.parse(d.extra) as { names?: string[] }).names ?? []) : [];
    const message = messageOf(note, {
      id: d.id,
      // The group reads Chinese; a person reads their own language.
      locale: d.channel === 'wecom' ? 'zh-CN' : (contact?.locale ?? 'zh-CN'),
      appUrl: settings.appUrl,
      recipientNames: names,
    });
    await sendVia(deps.channels, d.channel, message, toAddress(contact), settings);
    await repo.recordAttempt(ctx.db, d.id, { status: 'sent', error: null, target, nextAttemptAt: null, now });
  } catch (err) {
    const permanent = err instanceof PermanentDeliveryError;
    const last = permanent || attempt.number >= attempt.max;
    await repo.recordAttempt(ctx.db, d.id, {
      status: last ? 'failed' : 'pending',
      error: errorText(err),
      target,
      nextAttemptAt: last ? null : now + backoffMs(attempt.number),
      now,
    });
    if (!permanent) throw err;
  }
}

const toAddress = (c: Contact | undefined) => ({
  userId: c?.id ?? null,
  email: c?.email ?? null,
  mobile: c?.mobile ?? null,
});

/** The notification a delivery carried: its event and title, for the admin's list. */
interface Carried {
  event: NotificationEvent | null;
  title_zh: string | null;
  title_en: string | null;
}

function toDelivery(
  row: repo.DeliveryRow,
  carried: Carried | null,
  names: Map<string, string>,
): NotificationDelivery {
  return {
    id: row.id,
    propertyId: row.property_id,
    notificationId: row.notification_id,
    channel: row.channel,
    event: carried?.event ?? null,
    title: carried?.title_zh != null ? { zh: carried.title_zh, en: carried.title_en ?? '' } : null,
    recipient: row.user_id ? { userId: row.user_id, displayName: names.get(row.user_id) ?? '' } : null,
    target: row.target,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function namesOf(ctx: ServiceContext, userIds: (string | null)[]) {
  const ids = userIds.filter((id): id is string => id !== null);
  return new Map((await contactsOf(ctx, ids)).map((c) => [c.id, c.displayName]));
}

/** Deliveries of the caller's properties (or of one of them), newest first. */
export async function listDeliveries(
  ctx: ServiceContext,
  q: z.output<typeof notificationDeliveryQuerySchema>,
) {
  const actor = requireActor(ctx);
  if (q.propertyId) assertPropertyInScope(ctx, q.propertyId);
  const { rows, total } = await repo.listDeliveries(
    ctx.db,
    { propertyIds: q.propertyId ? [q.propertyId] : actor.propertyIds, status: q.status, channel: q.channel },
    q.page,
    q.pageSize,
  );
  const names = await namesOf(
    ctx,
    rows.map((r) => r.user_id),
  );
  return { items: rows.map((r) => toDelivery(r, r, names)), total, page: q.page, pageSize: q.pageSize };
}

/** Sends a failed delivery again (a fresh round of attempts); another property's is 404. */
export async function retryDelivery(ctx: ServiceContext, id: string): Promise<NotificationDelivery> {
  return inTransaction(ctx, async (tx) => {
    const d = await repo.findDelivery(tx.db, id);
    if (!d) throw notFound();
    assertPropertyInScope(tx, d.property_id);
    // The requeue re-checks the status itself, so of two admins retrying at once only one succeeds.
    if (d.status !== 'failed' || !(await repo.requeue(tx.db, id, tx.now())))
      throw new AppError('CONFLICT', 'notification.deliveryNotFailed');
    await enqueueJob(tx, {
      kind: DELIVER_JOB,
      propertyId: d.property_id,
      runAt: tx.now(),
      payload: { deliveryId: id },
      maxAttempts: DELIVERY_ATTEMPTS,
    });
    await writeAudit(tx, {
      action: 'notification.delivery.retry',
      entityType: 'notification_delivery',
      entityId: id,
      propertyId: d.property_id,
      detail: { channel: d.channel, lastError: d.last_error },
    });
    const note = d.notification_id ? await findNotification(tx.db, d.notification_id) : undefined;
    const after = (await repo.findDelivery(tx.db, id))!;
    return toDelivery(after, note ?? null, await namesOf(tx, [after.user_id]));
  });
}

import type { z } from 'zod';
import {
  EXTERNAL_CHANNELS,
  maskPhone,
  type NotificationEvent as Event,
  type NotificationPage,
  type Role,
  type notificationListQuerySchema,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { requireActor, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs/job-runner.js';
import { recipientsIn, type Contact } from '../users/index.js';
import type { DeliveryRow } from './deliveries.repository.js';
import * as deliveriesRepo from './deliveries.repository.js';
import { toNotification } from './notification-view.js';
import * as repo from './notifications.repository.js';
import { preferencesFor } from './preferences.service.js';
import { openChannels } from './settings.service.js';

export type NotificationEvent = Event;

export interface NotifyInput {
  propertyId: string;
  event: NotificationEvent;
  /** Who: explicit users, everyone holding a role in the property, and/or a department's members. */
  recipients: { userIds?: string[]; roles?: Role[]; departmentIds?: string[] };
  /** Short, shown in the bell and as e-mail subject. */
  title: { zh: string; en: string };
  /** No unmasked personal data. */
  body: { zh: string; en: string };
  /** Web path, e.g. /service/records/<id>. */
  link?: string | null;
  entity?: { type: string; id: string } | null;
  /** Urgent notices (major incidents) ignore a user's "off" preference for in-app only. */
  urgent?: boolean;
}

/** Job kinds: announcing new notifications live, and sending one delivery. */
export const ANNOUNCE_JOB = 'notification.announce';
export const DELIVER_JOB = 'notification.deliver';
/** Attempts per delivery: 30 s, 1, 2, 4 and 8 min apart, about a quarter of an hour in all. */
export const DELIVERY_ATTEMPTS = 6;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where a delivery goes, as an admin may see it: the e-mail address, the mobile masked. */
export function shownTarget(channel: DeliveryRow['channel'], contact: Contact | undefined): string | null {
  if (channel === 'email') return contact?.email ?? null;
  if (channel === 'sms') return maskPhone(contact?.mobile ?? null);
  return null;
}

/**
 * Tells people about something. Call it inside the caller's transaction: it only writes rows (one
 * notification per recipient, one delivery per external channel they asked for) and the jobs that
 * announce and send them once the transaction commits. Nothing here touches the network, so a mail
 * server or gateway that is down can neither fail nor slow the caller's change.
 */
export async function notify(ctx: ServiceContext, input: NotifyInput): Promise<void> {
  const recipients = await recipientsIn(ctx, input.propertyId, input.recipients);
  if (!recipients.length) return;
  const wants = await preferencesFor(
    ctx,
    recipients.map((r) => r.id),
    input.event,
  );
  const open = (await openChannels(ctx, [input.propertyId])).get(input.propertyId) ?? new Set();
  const now = ctx.now();
  const notes: repo.NotificationRow[] = [];
  const deliveries: DeliveryRow[] = [];
  const delivery = (note: repo.NotificationRow, channel: DeliveryRow['channel'], user: Contact | null) => {
    const target = user && shownTarget(channel, user);
    const reachable = channel === 'wecom' || target !== null;
    deliveries.push({
      id: newId(now),
      property_id: input.propertyId,
      notification_id: note.id,
      user_id: user?.id ?? null,
      channel,
      target,
      // Without an address on the account there is nothing to retry: failed at once, for an admin to see.
      status: reachable ? 'pending' : 'failed',
      attempts: 0,
      last_error: reachable ? null : 'NO_ADDRESS',
      next_attempt_at: reachable ? now : null,
      sent_at: null,
      extra: null,
      created_at: now,
      updated_at: now,
    });
  };

  const toGroup: { note: repo.NotificationRow; user: Contact }[] = [];
  for (const user of recipients) {
    const inApp = Boolean(input.urgent) || wants(user.id, 'in_app');
    const external = EXTERNAL_CHANNELS.filter((c) => open.has(c) && wants(user.id, c));
    if (!inApp && !external.length) continue;
    const note: repo.NotificationRow = {
      id: newId(now),
      property_id: input.propertyId,
      user_id: user.id,
      event: input.event,
      title_zh: clip(input.title.zh, 200),
      title_en: clip(input.title.en, 200),
      body_zh: clip(input.body.zh, 2000),
      body_en: clip(input.body.en, 2000),
      link: input.link ?? null,
      entity_type: input.entity?.type ?? null,
      entity_id: input.entity?.id ?? null,
      urgent: input.urgent ? 1 : 0,
      in_app: inApp ? 1 : 0,
      read_at: null,
      created_at: now,
    };
    notes.push(note);
    for (const channel of external) {
      if (channel === 'wecom') toGroup.push({ note, user });
      else delivery(note, channel, user);
    }
  }
  // The WeCom robot posts to the property's group: once for everyone who asked, naming them.
  if (toGroup.length) {
    delivery(toGroup[0]!.note, 'wecom', null);
    deliveries.at(-1)!.extra = JSON.stringify({ names: toGroup.map((g) => g.user.displayName) });
  }

  await repo.insertNotifications(ctx.db, notes);
  await deliveriesRepo.insertDeliveries(ctx.db, deliveries);
  const shown = notes.filter((n) => n.in_app === 1).map((n) => n.id);
  if (shown.length)
    await enqueueJob(ctx, {
      kind: ANNOUNCE_JOB,
      propertyId: input.propertyId,
      runAt: now,
      payload: { ids: shown },
      maxAttempts: 3,
    });
  for (const d of deliveries.filter((x) => x.status === 'pending'))
    await enqueueJob(ctx, {
      kind: DELIVER_JOB,
      propertyId: input.propertyId,
      runAt: now,
      payload: { deliveryId: d.id },
      maxAttempts: DELIVERY_ATTEMPTS,
    });
}

const bellOf = (ctx: ServiceContext) => {
  const actor = requireActor(ctx);
  return { userId: actor.userId, propertyIds: actor.propertyIds };
};

/** My notifications, newest first, with how many are unread. */
export async function listMine(
  ctx: ServiceContext,
  q: z.output<typeof notificationListQuerySchema>,
): Promise<NotificationPage> {
  const mine = bellOf(ctx);
  const propertyIds = q.propertyId ? mine.propertyIds.filter((p) => p === q.propertyId) : mine.propertyIds;
  const { rows, total } = await repo.listForUser(
    ctx.db,
    { ...mine, propertyIds, unreadOnly: q.unread === 'true' },
    q.page,
    q.pageSize,
  );
  return {
    items: rows.map(toNotification),
    total,
    page: q.page,
    pageSize: q.pageSize,
    unreadCount: await repo.countUnread(ctx.db, mine),
  };
}

/** Marks one of my notifications read; anyone else's is 404, as if it did not exist. */
export async function markRead(ctx: ServiceContext, id: string): Promise<{ unreadCount: number }> {
  const mine = bellOf(ctx);
  const row = await repo.findNotification(ctx.db, id);
  if (!row || row.user_id !== mine.userId || !mine.propertyIds.includes(row.property_id)) throw notFound();
  await repo.markRead(ctx.db, id, ctx.now());
  return { unreadCount: await repo.countUnread(ctx.db, mine) };
}

export async function markAllRead(ctx: ServiceContext): Promise<{ unreadCount: number }> {
  const mine = bellOf(ctx);
  await repo.markAllRead(ctx.db, mine, ctx.now());
  return { unreadCount: await repo.countUnread(ctx.db, mine) };
}

import type { z } from 'zod';
import {
  EXTERNAL_CHANNELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  defaultPreference,
  type NotificationChannelName,
  type NotificationEvent,
  type NotificationPreferences,
  type updateNotificationPreferencesBodySchema,
} from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, requireActor, type ServiceContext } from '../../platform/context.js';
import * as repo from './notifications.repository.js';
import { openChannels } from './settings.service.js';

const key = (event: string, channel: string) => `${event} ${channel}`;

/** Each user's switches for one event: what they set, else the default. */
export async function preferencesFor(
  ctx: ServiceContext,
  userIds: readonly string[],
  event: NotificationEvent,
): Promise<(userId: string, channel: NotificationChannelName) => boolean> {
  const set = new Map<string, boolean>();
  for (const r of await repo.findPreferences(ctx.db, userIds, event))
    set.set(`${r.user_id} ${r.channel}`, r.enabled === 1);
  return (userId, channel) => set.get(`${userId} ${channel}`) ?? defaultPreference(event, channel);
}

export async function myPreferences(ctx: ServiceContext): Promise<NotificationPreferences> {
  const actor = requireActor(ctx);
  const set = new Map<string, boolean>();
  for (const r of await repo.findPreferences(ctx.db, [actor.userId]))
    set.set(key(r.event, r.channel), r.enabled === 1);
  const items = NOTIFICATION_EVENTS.flatMap((event) =>
    NOTIFICATION_CHANNELS.map((channel) => ({
      event,
      channel,
      enabled: set.get(key(event, channel)) ?? defaultPreference(event, channel),
    })),
  );
  const open = new Set([...(await openChannels(ctx, actor.propertyIds)).values()].flatMap((s) => [...s]));
  return { items, availableChannels: EXTERNAL_CHANNELS.filter((c) => open.has(c)) };
}

/** Changes some of my switches (the rest stay); recorded in the history as a list of what was set. */
export async function updateMyPreferences(
  ctx: ServiceContext,
  body: z.output<typeof updateNotificationPreferencesBodySchema>,
): Promise<NotificationPreferences> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    const rows = body.items.map((i) => ({
      user_id: actor.userId,
      event: i.event,
      channel: i.channel,
      enabled: i.enabled ? 1 : 0,
      updated_at: tx.now(),
    }));
    // The last word on one switch wins, as the page sends it.
    const unique = [...new Map(rows.map((r) => [key(r.event, r.channel), r])).values()];
    await repo.upsertPreferences(tx.db, unique);
    await writeAudit(tx, {
      action: 'notification.preferences.update',
      entityType: 'user',
      entityId: actor.userId,
      detail: { set: unique.map((r) => `${r.event}/${r.channel}=${r.enabled ? 'on' : 'off'}`) },
    });
  });
  return myPreferences(ctx);
}

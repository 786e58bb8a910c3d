import { newId } from '../../db/ids.js';
import {
  ADMINS,
  ASSIGNED,
  EVERY_MEMBER,
  type Caller,
  type Fixtures,
  type PropertyKey,
} from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { notify } from './notifications.service.js';

// Notifications: everyone reads and marks their own (never anyone else's: no property scope to
// test, the service answers 404 for another user's); channel settings and the delivery log need
// notification.admin (administrators) and are scoped: another property's are 404.

/** A fresh notification for the caller, in a property of theirs. */
async function ownNotification(fx: Fixtures, caller: Caller): Promise<string> {
  if (caller === 'anonymous') return newId();
  const userId = await fx.userId(caller);
  const ctx = fx.t.runtime.systemContext();
  await notify(ctx, {
    propertyId: fx.property(ASSIGNED[caller][0]!),
    event: 'service.comment',
    recipients: { userIds: [userId] },
    title: { zh: '矩阵通知', en: 'Matrix notice' },
    body: { zh: '用于权限矩阵', en: 'For the authorization matrix' },
  });
  const row = await ctx.db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A failed e-mail delivery of the property, as the job runner leaves one after its last attempt. */
async function failedDelivery(fx: Fixtures, p: PropertyKey): Promise<string> {
  const db = fx.t.runtime.deps.database.db;
  const now = fx.t.clock.now();
  const notificationId = newId(now);
  await db
    .insertInto('notifications')
    .values({
      id: notificationId,
      property_id: fx.property(p),
      user_id: await fx.userId('admin'),
      event: 'service.escalated',
      title_zh: '矩阵',
      title_en: 'Matrix',
      body_zh: '',
      body_en: '',
      link: null,
      entity_type: null,
      entity_id: null,
      urgent: 0,
      in_app: 1,
      read_at: null,
      created_at: now,
    })
    .execute();
  const id = newId(now);
  await db
    .insertInto('notification_deliveries')
    .values({
      id,
      property_id: fx.property(p),
      notification_id: notificationId,
      user_id: await fx.userId('admin'),
      channel: 'email',
      target: 'admin@example.com',
      status: 'failed',
      attempts: 6,
      last_error: 'sample failure',
      next_attempt_at: null,
      sent_at: null,
      extra: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

async function generalVersion(fx: Fixtures, p: PropertyKey): Promise<number> {
  const row = await fx.t.runtime.deps.database.db
    .selectFrom('notification_settings')
    .select('version')
    .where('property_id', '=', fx.property(p))
    .where('section', '=', 'general')
    .executeTakeFirst();
  return row?.version ?? 0;
}

export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/notifications',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/notifications?unread=true' }),
  },
  {
    method: 'POST',
    route: '/api/v1/notifications/:id/read',
    may: EVERY_MEMBER,
    sample: async (fx, caller) => ({
      url: `/api/v1/notifications/${await ownNotification(fx, caller)}/read`,
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/notifications/read-all',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/notifications/read-all' }),
  },
  {
    method: 'GET',
    route: '/api/v1/notifications/preferences',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/notifications/preferences' }),
  },
  {
    method: 'PUT',
    route: '/api/v1/notifications/preferences',
    may: EVERY_MEMBER,
    sample: () => ({
      url: '/api/v1/notifications/preferences',
      body: { items: [{ event: 'service.comment', channel: 'email', enabled: false }] },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/notifications/contact',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/notifications/contact' }),
  },
  {
    method: 'PUT',
    route: '/api/v1/notifications/contact',
    may: EVERY_MEMBER,
    // The mobile comes back masked: the masking walk checks it.
    sample: (fx) => ({
      url: '/api/v1/notifications/contact',
      body: { email: `matrix${fx.unique()}@example.com`, mobile: '13812345678' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/admin/notification-deliveries',
    may: ADMINS,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/admin/notification-deliveries?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/admin/notification-deliveries/:id/retry',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/admin/notification-deliveries/${await failedDelivery(fx, p)}/retry`,
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/admin/notification-settings',
    may: ADMINS,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/admin/notification-settings?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/admin/notification-settings',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: '/api/v1/admin/notification-settings',
      body: {
        propertyId: fx.property(p),
        section: 'general',
        version: await generalVersion(fx, p),
        appUrl: `https://qiantai${fx.unique()}.example.com`,
      },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/admin/notification-settings/test',
    may: ADMINS,
    scoped: true,
    // Nothing is set up in the matrix: the answer is 200 with ok false (NOT_CONFIGURED), and no
    // message leaves the machine. notifications-admin.test.ts sends real ones to local servers.
    sample: (fx, _, p) => ({
      url: '/api/v1/admin/notification-settings/test',
      body: { propertyId: fx.property(p), channel: 'wecom' },
    }),
  },
];

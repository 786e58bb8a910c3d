import type { z } from 'zod';
import {
  emailAddressSchema,
  mobileSchema,
  maskPhone,
  type TestNotificationResult,
  type testNotificationBodySchema,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, requireActor, type ServiceContext } from '../../platform/context.js';
import { invalid } from '../../platform/errors.js';
import { contactsOf } from '../users/index.js';
import { PermanentDeliveryError } from './channels/channel.js';
import { sendVia, type SendDeps } from './deliveries.service.js';
import { messageOf } from './notification-view.js';
import { channelSettings } from './settings.service.js';

type TestBody = z.output<typeof testNotificationBodySchema>;

/** The address a test goes to: the one typed, else my own. A typed one must suit the channel. */
function addressFor(body: TestBody, mine: { email: string | null; mobile: string | null }) {
  if (body.channel === 'wecom') return { email: null, mobile: null };
  const schema = body.channel === 'email' ? emailAddressSchema : mobileSchema;
  const typed = body.to ? schema.safeParse(body.to) : null;
  if (typed && !typed.success) throw invalid('notification.testAddress', 'to');
  const given = typed?.data ?? null;
  return body.channel === 'email'
    ? { email: given ?? mine.email, mobile: null }
    : { email: null, mobile: given ?? mine.mobile };
}

/**
 * Sends one test message through a channel with the property's saved settings (switched on or not,
 * so an admin can try before switching on) and says what happened. Runs in the request: the admin
 * waits for the answer, at most the channel's timeout.
 */
export async function sendTest(
  ctx: ServiceContext,
  deps: SendDeps,
  body: TestBody,
): Promise<TestNotificationResult> {
  assertPropertyInScope(ctx, body.propertyId);
  const actor = requireActor(ctx);
  const [me] = await contactsOf(ctx, [actor.userId]);
  const to = addressFor(body, { email: me?.email ?? null, mobile: me?.mobile ?? null });
  const target = body.channel === 'email' ? to.email : body.channel === 'sms' ? maskPhone(to.mobile) : null;
  const settings = await channelSettings(ctx, deps.cipher, body.propertyId);
  const now = ctx.now();
  const message = messageOf(
    {
      id: newId(now),
      property_id: body.propertyId,
      user_id: actor.userId,
      event: 'service.comment',
      title_zh: '前台 Qiantai 测试消息',
      title_en: 'Qiantai test message',
      body_zh: `这是一条测试消息，由 ${actor.username} 发送。收到即表示该渠道设置正确。`,
      body_en: `A test message sent by ${actor.username}. If it arrived, the channel is set up correctly.`,
      link: '/',
      entity_type: null,
      entity_id: null,
      urgent: 0,
      in_app: 0,
      read_at: null,
      created_at: now,
    },
    {
      id: `test-${now}`,
      locale: body.channel === 'wecom' ? 'zh-CN' : (me?.locale ?? 'zh-CN'),
      appUrl: settings.appUrl,
    },
  );
  let error: string | null = null;
  try {
    if (!settings[body.channel].saved) throw new PermanentDeliveryError('NOT_CONFIGURED');
    await sendVia(deps.channels, body.channel, message, { userId: actor.userId, ...to }, settings);
  } catch (err) {
    error =
      err instanceof PermanentDeliveryError ? err.code : err instanceof Error ? err.message : String(err);
  }
  await writeAudit(ctx, {
    action: 'notification.test',
    entityType: 'notification_settings',
    entityId: `${body.propertyId}:${body.channel}`,
    propertyId: body.propertyId,
    detail: { channel: body.channel, target, ok: error === null, error },
  });
  return { ok: error === null, error, target };
}

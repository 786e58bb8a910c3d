import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import type { FailureListener, JobHandler } from '../../platform/jobs/job-runner.js';
import type { ModuleJobs } from '../define-module.js';
import { InAppChannel } from './channels/in-app-channel.js';
import { failIfPending } from './deliveries.repository.js';
import { runDelivery, standardChannels, type ExternalChannels } from './deliveries.service.js';
import { messageOf } from './notification-view.js';
import { findNotifications } from './notifications.repository.js';
import { ANNOUNCE_JOB, DELIVER_JOB } from './notifications.service.js';

const announcePayload = z.object({ ids: z.array(z.string()) });
const deliverPayload = z.object({ deliveryId: z.string() });

export type NotificationDeps = Pick<AppDeps, 'cipher'>;

/**
 * The work notify() leaves behind, done after the caller's transaction committed: announcing new
 * notifications on their recipients' live streams, and sending each delivery (retried with backoff
 * by the job runner). Tests may pass their own channels; the app uses the standard ones.
 */
export function notificationJobs(
  deps: NotificationDeps,
  channels: ExternalChannels = standardChannels(),
): ModuleJobs {
  const announce: JobHandler = async (ctx, raw) => {
    const inApp = new InAppChannel(() => ctx);
    for (const row of await findNotifications(ctx.db, announcePayload.parse(raw).ids)) {
      if (row.in_app !== 1) continue;
      // Live events carry both languages; the browser shows its own.
      const message = messageOf(row, { id: row.id, locale: 'zh-CN', appUrl: '' });
      await inApp.send(message, { userId: row.user_id, address: null, settings: null });
    }
  };

  const deliver: JobHandler = async (ctx, raw, job) => {
    const { deliveryId } = deliverPayload.parse(raw);
    await runDelivery(ctx, { cipher: deps.cipher, channels }, deliveryId, {
      number: job.attempts,
      max: job.max_attempts,
    });
  };
  return { [ANNOUNCE_JOB]: announce, [DELIVER_JOB]: deliver };
}

/** A delivery whose job died with its process (no handler ran to record it) ends as failed too. */
export const failDeliveryOfDeadJob: FailureListener = async (ctx, job, error) => {
  if (job.kind !== DELIVER_JOB) return;
  const parsed = deliverPayload.safeParse(JSON.parse(job.payload));
  if (parsed.success) await failIfPending(ctx.db, parsed.data.deliveryId, error, ctx.now());
};

import type { ServiceContext } from '../../../platform/context.js';
import { publishLive } from '../../../platform/events/live-publisher.js';
import type { ChannelTarget, NotificationChannel, OutgoingMessage } from './channel.js';

export const NOTIFICATION_CREATED = 'notification.created';

/**
 * The bell: the notification row is already stored; this announces it live to its recipient alone
 * (a per-user live event, so nobody else's stream carries it).
 */
export class InAppChannel implements NotificationChannel<null> {
  readonly name = 'in_app' as const;
  constructor(private readonly ctx: () => ServiceContext) {}

  async send(delivery: OutgoingMessage, target: ChannelTarget<null>): Promise<void> {
    await publishLive(this.ctx(), {
      propertyId: delivery.propertyId,
      topic: NOTIFICATION_CREATED,
      userId: target.userId,
      data: { notification: delivery.notification },
    });
  }
}

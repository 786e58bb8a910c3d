import type { ServiceContext } from '../../platform/context.js';
import { deleteEndedDeliveriesBefore } from './deliveries.repository.js';
import { deleteNotificationsBefore } from './notifications.repository.js';

const DAY = 86_400_000;

/**
 * How long notifications are kept (decision 0011). A notification names a customer and what they
 * reported, and a delivery the address it went to: personal data is kept no longer than the work
 * needs (PIPL art. 19). Half a year covers any record's life and its follow-up; the delivery log is
 * for an administrator chasing a failed channel, which is a matter of weeks.
 */
export const KEEP_NOTIFICATIONS_MS = 180 * DAY;
export const KEEP_DELIVERIES_MS = 90 * DAY;

/** The notifications module's part of the platform's hourly housekeeping. */
export async function purgeOldNotifications(ctx: ServiceContext): Promise<void> {
  await deleteEndedDeliveriesBefore(ctx.db, ctx.now() - KEEP_DELIVERIES_MS);
  await deleteNotificationsBefore(ctx.db, ctx.now() - KEEP_NOTIFICATIONS_MS);
}

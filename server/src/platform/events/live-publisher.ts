import type { LiveTopic, LiveTopicData, Permission } from '@qiantai/contracts';
import type { ServiceContext } from '../context.js';

/** A namespace kept for the stream's own tests; modules publish only the contracts' LIVE_TOPICS. */
export type TestTopic = `test.${string}`;

/** One live event to publish: a topic the contracts declare, with the payload they declare for it. */
export interface LiveEventInput<T extends LiveTopic | TestTopic = LiveTopic | TestTopic> {
  propertyId: string;
  topic: T;
  /** Only users holding this permission receive it; null or absent: everyone in the property. */
  permission?: Permission | null;
  /** Only this user receives it (their own notification). */
  userId?: string | null;
  data: T extends LiveTopic ? LiveTopicData<T> : unknown;
}

/** What a service context publishes through (the event bus; migrations have none). */
export interface LivePublisher {
  publish<T extends LiveTopic | TestTopic>(ctx: ServiceContext, e: LiveEventInput<T>): Promise<string>;
}

/**
 * Publishes a live event once the change it announces has committed: inside `inTransaction` it is
 * held and sent after the commit (and dropped with a rollback); outside, it is sent at once.
 * Receivers re-read the event's row, so it must never go out before the change is visible.
 */
export async function publishLive<T extends LiveTopic | TestTopic>(
  ctx: ServiceContext,
  e: LiveEventInput<T>,
): Promise<void> {
  if (ctx.heldEvents) ctx.heldEvents.push(e as LiveEventInput);
  else await ctx.events.publish(ctx, e);
}

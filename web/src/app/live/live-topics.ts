import type { LiveTopic, LiveTopicData } from '@qiantai/contracts';

// The live events and what each carries come from the contracts (LIVE_TOPICS), which the server's
// events.publish is held to as well: a handler here gets the payload the server sends.
export type { LiveTopic };
export type LiveTopics = { [T in LiveTopic]: LiveTopicData<T> };

/** One event as the stream delivers it: the property it concerns, its payload and when it happened. */
export interface LiveEvent<D = unknown> {
  propertyId: string;
  data: D;
  at: number;
}

export type LiveHandler<T extends LiveTopic> = (event: LiveEvent<LiveTopics[T]>) => void;
export type LiveHandlers = { [T in LiveTopic]?: LiveHandler<T> };

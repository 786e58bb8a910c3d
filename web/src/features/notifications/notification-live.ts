import type { NotificationItem } from '@qiantai/contracts';
import type { LiveEvent, LiveTopics } from '../../app/live/use-live-events';

// The notifications manifest hands the tab's `notification.created` events here (the shell keeps the
// one live stream), and the bell and the notifications page listen, so neither opens a stream of its own.
type Listener = (notification: NotificationItem) => void;
const listeners = new Set<Listener>();

export function announceNotification(event: LiveEvent<LiveTopics['notification.created']>): void {
  const { notification } = event.data;
  for (const listener of listeners) listener(notification);
}

export function onNotificationCreated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import type { NotificationItem } from '@qiantai/contracts';
import type { LiveEvent } from '../../app/live/use-live-events';

// The shell owns the one live-event stream; it hands `notification.created` here, and the bell and
// the notifications page listen, so neither opens a stream of its own.
type Listener = (notification: NotificationItem) => void;
const listeners = new Set<Listener>();

export function announceNotification(event: LiveEvent): void {
  const notification = (event.data as { notification?: NotificationItem } | null)?.notification;
  if (notification) for (const listener of listeners) listener(notification);
}

export function onNotificationCreated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

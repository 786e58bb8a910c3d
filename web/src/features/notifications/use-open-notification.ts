import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationItem } from '@qiantai/contracts';
import { notificationsApi } from './notifications-api';

/** Opening a notification marks it read and goes to what it is about. */
export function useOpenNotification(onRead: (unreadCount: number) => void) {
  const navigate = useNavigate();
  return useCallback(
    async (n: NotificationItem) => {
      if (!n.readAt) {
        const { unreadCount } = await notificationsApi.markRead(n.id).catch(() => ({ unreadCount: -1 }));
        if (unreadCount >= 0) onRead(unreadCount);
      }
      if (n.link?.startsWith('/')) void navigate(n.link);
    },
    [navigate, onRead],
  );
}

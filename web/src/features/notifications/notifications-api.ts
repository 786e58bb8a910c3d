import type { z } from 'zod';
import type {
  ExternalChannel,
  NotificationContact,
  NotificationDelivery,
  NotificationPage,
  NotificationPreference,
  NotificationPreferences,
  NotificationSettings,
  TestNotificationResult,
  updateNotificationContactBodySchema,
  updateNotificationSettingsBodySchema,
} from '@qiantai/contracts';
import { api } from '../../lib/api';

type Unread = { unreadCount: number };

export const notificationsApi = {
  list: (q: { page?: number; pageSize?: number; unread?: boolean }) =>
    api.get<NotificationPage>('/notifications', {
      page: q.page,
      pageSize: q.pageSize,
      unread: q.unread ? 'true' : undefined,
    }),
  markRead: (id: string) => api.post<Unread>(`/notifications/${id}/read`),
  markAllRead: () => api.post<Unread>('/notifications/read-all'),
  preferences: () => api.get<NotificationPreferences>('/notifications/preferences'),
  setPreferences: (items: NotificationPreference[]) =>
    api.put<NotificationPreferences>('/notifications/preferences', { items }),
  contact: () => api.get<NotificationContact>('/notifications/contact'),
  setContact: (body: z.input<typeof updateNotificationContactBodySchema>) =>
    api.put<NotificationContact>('/notifications/contact', body),
};

export const notificationAdminApi = {
  settings: (propertyId: string) =>
    api.get<NotificationSettings>('/admin/notification-settings', { propertyId }),
  save: (body: z.input<typeof updateNotificationSettingsBodySchema>) =>
    api.put<NotificationSettings>('/admin/notification-settings', body),
  test: (body: { propertyId: string; channel: ExternalChannel; to?: string }) =>
    api.post<TestNotificationResult>('/admin/notification-settings/test', body),
  deliveries: (q: {
    propertyId: string;
    status?: string;
    channel?: string;
    page: number;
    pageSize: number;
  }) => api.get<{ items: NotificationDelivery[]; total: number }>('/admin/notification-deliveries', q),
  retry: (id: string) => api.post<NotificationDelivery>(`/admin/notification-deliveries/${id}/retry`),
};

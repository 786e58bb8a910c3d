import { BellOutlined, NotificationOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { notificationsEn } from './messages.en';
import { notificationsZhCN } from './messages.zh-CN';
import { NotificationBell } from './NotificationBell';
import { announceNotification } from './notification-live';

const liveHandlers = { 'notification.created': announceNotification };

export const notifications = defineFeature({
  id: 'notifications',
  messages: { 'zh-CN': notificationsZhCN, en: notificationsEn },
  routes: [
    { path: 'notifications', page: lazyPage(() => import('./NotificationsPage')) },
    {
      path: 'notification-channels',
      page: lazyPage(() => import('./NotificationChannelsPage')),
      permission: 'notification.admin',
    },
  ],
  nav: [
    { group: 'personal', path: '/notifications', label: 'nav.notifications', icon: <BellOutlined /> },
    {
      group: 'admin',
      path: '/notification-channels',
      label: 'nav.notificationChannels',
      icon: <NotificationOutlined />,
    },
  ],
  header: [{ id: 'notification-bell', placement: 'end', component: NotificationBell }],
  useLiveHandlers: () => liveHandlers,
});

import { TeamOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { usersEn } from './messages.en';
import { usersZhCN } from './messages.zh-CN';

export const users = defineFeature({
  id: 'users',
  messages: { 'zh-CN': usersZhCN, en: usersEn },
  routes: [{ path: 'users', page: lazyPage(() => import('./UsersPage')), permission: 'user.manage' }],
  nav: [{ group: 'admin', path: '/users', label: 'nav.users', icon: <TeamOutlined /> }],
});

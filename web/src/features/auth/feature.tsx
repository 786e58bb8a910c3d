import { defineFeature } from '../../app/features/define-feature';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '../../app/auth/paths';
import { lazyPage } from '../../app/lazy-page';
import { authEn } from './messages.en';
import { authZhCN } from './messages.zh-CN';

export const auth = defineFeature({
  id: 'auth',
  messages: { 'zh-CN': authZhCN, en: authEn },
  routes: [
    { path: LOGIN_PATH.slice(1), page: lazyPage(() => import('./LoginPage')), layout: 'public' },
    {
      path: CHANGE_PASSWORD_PATH.slice(1),
      page: lazyPage(() => import('./ForcedPasswordChangePage')),
      layout: 'public',
    },
  ],
});

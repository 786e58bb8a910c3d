import { IdcardOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { accountEn } from './messages.en';
import { accountZhCN } from './messages.zh-CN';

export const account = defineFeature({
  id: 'account',
  messages: { 'zh-CN': accountZhCN, en: accountEn },
  // The home page, for now: a role's home panels are to come (homePanels).
  routes: [{ path: '', page: lazyPage(() => import('./AccountPage')) }],
  nav: [{ group: 'personal', path: '/', label: 'nav.account', icon: <IdcardOutlined /> }],
});

import { PhoneOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { phonebookEn } from './messages.en';
import { phonebookZhCN } from './messages.zh-CN';

export const phonebook = defineFeature({
  id: 'phonebook',
  messages: { 'zh-CN': phonebookZhCN, en: phonebookEn },
  routes: [
    { path: 'phonebook', page: lazyPage(() => import('./PhonebookPage')), permission: 'directory.read' },
  ],
  nav: [{ group: 'directory', path: '/phonebook', label: 'nav.phonebook', icon: <PhoneOutlined /> }],
});

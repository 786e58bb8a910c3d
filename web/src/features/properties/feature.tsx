import { ApartmentOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { propertiesEn } from './messages.en';
import { propertiesZhCN } from './messages.zh-CN';

export const properties = defineFeature({
  id: 'properties',
  messages: { 'zh-CN': propertiesZhCN, en: propertiesEn },
  routes: [
    { path: 'properties', page: lazyPage(() => import('./PropertiesPage')), permission: 'property.manage' },
  ],
  nav: [{ group: 'admin', path: '/properties', label: 'nav.properties', icon: <ApartmentOutlined /> }],
});

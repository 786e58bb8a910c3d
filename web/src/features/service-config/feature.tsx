import { SettingOutlined } from '@ant-design/icons';
import { SERVICE_CONFIG_READERS } from '@qiantai/contracts';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { serviceConfigEn } from './messages.en';
import { serviceConfigZhCN } from './messages.zh-CN';

export const serviceConfig = defineFeature({
  id: 'service-config',
  messages: { 'zh-CN': serviceConfigZhCN, en: serviceConfigEn },
  // Readable by whoever the server lets read it (the desk, departments, the register's readers);
  // editable with service.configure, which the page itself checks.
  routes: [
    {
      path: 'service/config',
      page: lazyPage(() => import('./ServiceConfigPage')),
      permission: SERVICE_CONFIG_READERS,
    },
  ],
  nav: [{ group: 'service', path: '/service/config', label: 'nav.serviceConfig', icon: <SettingOutlined /> }],
});

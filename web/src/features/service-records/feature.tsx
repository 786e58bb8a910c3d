import { CustomerServiceOutlined, ProfileOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { serviceRecordsEn } from './messages.en';
import { serviceRecordsZhCN } from './messages.zh-CN';

/** The register: the desk's whole register (service.read) or a department's queue (service.handle). */
const registerReaders = ['service.read', 'service.handle'] as const;

export const serviceRecords = defineFeature({
  id: 'service-records',
  messages: { 'zh-CN': serviceRecordsZhCN, en: serviceRecordsEn },
  routes: [
    { path: 'service/records', page: lazyPage(() => import('./RegisterPage')), permission: registerReaders },
    {
      path: 'service/records/:id',
      page: lazyPage(() => import('./RecordPage')),
      permission: registerReaders,
    },
    {
      path: 'service/follow-ups',
      page: lazyPage(() => import('./FollowUpsPage')),
      permission: 'service.followup',
    },
  ],
  nav: [
    { group: 'service', path: '/service/records', label: 'nav.serviceRecords', icon: <ProfileOutlined /> },
    {
      group: 'service',
      path: '/service/follow-ups',
      label: 'nav.serviceFollowUps',
      icon: <CustomerServiceOutlined />,
    },
  ],
});

import { ClusterOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { useJobFailedNotice } from './job-failed-notice';
import { jobsEn } from './messages.en';
import { jobsZhCN } from './messages.zh-CN';

export const jobs = defineFeature({
  id: 'jobs',
  messages: { 'zh-CN': jobsZhCN, en: jobsEn },
  routes: [{ path: 'jobs', page: lazyPage(() => import('./JobsPage')), permission: 'job.read' }],
  nav: [{ group: 'admin', path: '/jobs', label: 'nav.jobs', icon: <ClusterOutlined /> }],
  useLiveHandlers: useJobFailedNotice,
});

import { AuditOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { auditEn } from './messages.en';
import { auditZhCN } from './messages.zh-CN';

export const audit = defineFeature({
  id: 'audit',
  messages: { 'zh-CN': auditZhCN, en: auditEn },
  routes: [{ path: 'audit', page: lazyPage(() => import('./AuditPage')), permission: 'audit.read' }],
  nav: [{ group: 'admin', path: '/audit', label: 'nav.audit', icon: <AuditOutlined /> }],
});

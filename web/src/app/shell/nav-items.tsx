import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  IdcardOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '@qiantai/contracts';
import type { MessageKey } from '../i18n/catalogues';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission?: Permission;
}

/** Everything the side navigation can offer; each entry shows only with its permission. */
export const PERSONAL_NAV: NavItem[] = [{ path: '/', label: 'nav.account', icon: <IdcardOutlined /> }];

export const ADMIN_NAV: NavItem[] = [
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'user.manage' },
  {
    path: '/properties',
    label: 'nav.properties',
    icon: <ApartmentOutlined />,
    permission: 'property.manage',
  },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/jobs', label: 'nav.jobs', icon: <ClusterOutlined />, permission: 'job.read' },
];

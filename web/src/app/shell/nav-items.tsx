import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CarOutlined,
  ClusterOutlined,
  NotificationOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  FileTextOutlined,
  FormOutlined,
  IdcardOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@qiantai/contracts';
import type { MessageKey } from '../i18n/catalogues';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The permission the entry needs, or a list of which any one will do. */
  permission?: Permission | readonly Permission[];
  /** Other paths that belong to this entry (a unit's page sits under the buildings). */
  also?: string[];
}

/** Everything the side navigation can offer; each entry shows only with its permission. */
export const PERSONAL_NAV: NavItem[] = [
  { path: '/', label: 'nav.account', icon: <IdcardOutlined /> },
  { path: '/notifications', label: 'nav.notifications', icon: <BellOutlined /> },
];

const read = 'directory.read' as const;
export const DIRECTORY_NAV: NavItem[] = [
  {
    path: '/directory/buildings',
    label: 'nav.buildings',
    icon: <BankOutlined />,
    permission: read,
    also: ['/directory/units'],
  },
  { path: '/directory/people', label: 'nav.people', icon: <UserOutlined />, permission: read },
  { path: '/directory/vehicles', label: 'nav.vehicles', icon: <CarOutlined />, permission: read },
  { path: '/directory/parking', label: 'nav.parking', icon: <ContactsOutlined />, permission: read },
  { path: '/directory/leases', label: 'nav.leases', icon: <FileTextOutlined />, permission: read },
  { path: '/phonebook', label: 'nav.phonebook', icon: <PhoneOutlined />, permission: read },
];

export const SERVICE_NAV: NavItem[] = [
  { path: '/service/new', label: 'nav.serviceDesk', icon: <FormOutlined />, permission: 'service.create' },
  {
    path: '/service/records',
    label: 'nav.serviceRecords',
    icon: <ProfileOutlined />,
    permission: ['service.read', 'service.handle'],
  },
  {
    path: '/service/follow-ups',
    label: 'nav.serviceFollowUps',
    icon: <CustomerServiceOutlined />,
    permission: 'service.followup',
  },
  {
    path: '/service/config',
    label: 'nav.serviceConfig',
    icon: <SettingOutlined />,
    permission: ['service.configure', 'service.manage'],
  },
];

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
  {
    path: '/notification-channels',
    label: 'nav.notificationChannels',
    icon: <NotificationOutlined />,
    permission: 'notification.admin',
  },
];

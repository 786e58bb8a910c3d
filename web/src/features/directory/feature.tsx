import {
  BankOutlined,
  CarOutlined,
  ContactsOutlined,
  FileTextOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { directoryEn } from './messages.en';
import { directoryZhCN } from './messages.zh-CN';

const read = 'directory.read' as const;

export const directory = defineFeature({
  id: 'directory',
  messages: { 'zh-CN': directoryZhCN, en: directoryEn },
  routes: [
    { path: 'directory/buildings', page: lazyPage(() => import('./BuildingsPage')), permission: read },
    {
      path: 'directory/buildings/:id',
      page: lazyPage(() => import('./BuildingUnitsPage')),
      permission: read,
    },
    { path: 'directory/units/:id', page: lazyPage(() => import('./UnitPage')), permission: read },
    { path: 'directory/people', page: lazyPage(() => import('./PeoplePage')), permission: read },
    { path: 'directory/people/:id', page: lazyPage(() => import('./PersonCardPage')), permission: read },
    { path: 'directory/vehicles', page: lazyPage(() => import('./VehiclesPage')), permission: read },
    { path: 'directory/parking', page: lazyPage(() => import('./ParkingPage')), permission: read },
    { path: 'directory/leases', page: lazyPage(() => import('./LeasesPage')), permission: read },
  ],
  nav: [
    {
      group: 'directory',
      path: '/directory/buildings',
      label: 'nav.buildings',
      icon: <BankOutlined />,
      also: ['/directory/units'],
    },
    { group: 'directory', path: '/directory/people', label: 'nav.people', icon: <UserOutlined /> },
    { group: 'directory', path: '/directory/vehicles', label: 'nav.vehicles', icon: <CarOutlined /> },
    { group: 'directory', path: '/directory/parking', label: 'nav.parking', icon: <ContactsOutlined /> },
    { group: 'directory', path: '/directory/leases', label: 'nav.leases', icon: <FileTextOutlined /> },
  ],
});

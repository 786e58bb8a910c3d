import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '@qiantai/contracts';
import { FullPageSpin } from '../features/common/FullPageSpin';
import { AuthProvider } from './auth/AuthProvider';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from './auth/paths';
import { RequireAuth, RequirePermission } from './auth/RequireAuth';
import { PropertyProvider } from './property/PropertyProvider';
import { lazyPage } from './lazy-page';
import { RouteError } from './RouteError';
import { AppShell } from './shell/AppShell';

// One chunk per page: a receptionist never downloads the administration screens.
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'));
const ForcedPasswordChangePage = lazyPage(() => import('../features/auth/ForcedPasswordChangePage'));
const AccountPage = lazyPage(() => import('../features/account/AccountPage'));
const UsersPage = lazyPage(() => import('../features/users/UsersPage'));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'));
const PropertiesPage = lazyPage(() => import('../features/properties/PropertiesPage'));
const JobsPage = lazyPage(() => import('../features/jobs/JobsPage'));
const BuildingsPage = lazyPage(() => import('../features/directory/BuildingsPage'));
const BuildingUnitsPage = lazyPage(() => import('../features/directory/BuildingUnitsPage'));
const UnitPage = lazyPage(() => import('../features/directory/UnitPage'));
const PeoplePage = lazyPage(() => import('../features/directory/PeoplePage'));
const PersonCardPage = lazyPage(() => import('../features/directory/PersonCardPage'));
const VehiclesPage = lazyPage(() => import('../features/directory/VehiclesPage'));
const ParkingPage = lazyPage(() => import('../features/directory/ParkingPage'));
const LeasesPage = lazyPage(() => import('../features/directory/LeasesPage'));
const PhonebookPage = lazyPage(() => import('../features/phonebook/PhonebookPage'));
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage'));
const NotificationChannelsPage = lazyPage(() => import('../features/notifications/NotificationChannelsPage'));
const RegisterPrintPage = lazyPage(() => import('../features/service-register-print/RegisterPrintPage'));
const ServiceRegisterPage = lazyPage(() => import('../features/service-records/RegisterPage'));
const ServiceRecordPage = lazyPage(() => import('../features/service-records/RecordPage'));
const FollowUpsPage = lazyPage(() => import('../features/service-records/FollowUpsPage'));
const DeskServicePage = lazyPage(() => import('../features/service-desk/DeskServicePage'));
const ServiceConfigPage = lazyPage(() => import('../features/service-config/ServiceConfigPage'));

const standalone = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;
/** A page behind one permission, or any one of a list (the register: the desk's or a department's). */
const guarded = (permission: Permission | readonly Permission[], page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);
const registerReaders = ['service.read', 'service.handle'] as const;
/** The configuration page: editable with service.configure, viewable by whoever reads the register. */
const configReaders = ['service.configure', 'service.read', 'service.handle'] as const;

export const router = createBrowserRouter([
  {
    element: <AuthProvider />,
    errorElement: <RouteError />,
    children: [
      { path: LOGIN_PATH, element: standalone(<LoginPage />) },
      { path: CHANGE_PASSWORD_PATH, element: standalone(<ForcedPasswordChangePage />) },
      // The register on paper: signed in, but without the app's chrome.
      {
        path: 'service/records/print',
        element: standalone(
          <RequireAuth>
            <PropertyProvider>{guarded('service.export', <RegisterPrintPage />)}</PropertyProvider>
          </RequireAuth>,
        ),
      },
      {
        element: (
          <RequireAuth>
            <PropertyProvider>
              <AppShell />
            </PropertyProvider>
          </RequireAuth>
        ),
        children: [
          { index: true, element: <AccountPage /> },
          { path: 'users', element: guarded('user.manage', <UsersPage />) },
          { path: 'audit', element: guarded('audit.read', <AuditPage />) },
          { path: 'properties', element: guarded('property.manage', <PropertiesPage />) },
          { path: 'jobs', element: guarded('job.read', <JobsPage />) },
          { path: 'directory/buildings', element: guarded('directory.read', <BuildingsPage />) },
          { path: 'directory/buildings/:id', element: guarded('directory.read', <BuildingUnitsPage />) },
          { path: 'directory/units/:id', element: guarded('directory.read', <UnitPage />) },
          { path: 'directory/people', element: guarded('directory.read', <PeoplePage />) },
          { path: 'directory/people/:id', element: guarded('directory.read', <PersonCardPage />) },
          { path: 'directory/vehicles', element: guarded('directory.read', <VehiclesPage />) },
          { path: 'directory/parking', element: guarded('directory.read', <ParkingPage />) },
          { path: 'directory/leases', element: guarded('directory.read', <LeasesPage />) },
          { path: 'phonebook', element: guarded('directory.read', <PhonebookPage />) },
          { path: 'notifications', element: <NotificationsPage /> },
          {
            path: 'notification-channels',
            element: guarded('notification.admin', <NotificationChannelsPage />),
          },
          { path: 'service/records', element: guarded(registerReaders, <ServiceRegisterPage />) },
          { path: 'service/records/:id', element: guarded(registerReaders, <ServiceRecordPage />) },
          { path: 'service/follow-ups', element: guarded('service.followup', <FollowUpsPage />) },
          { path: 'service/new', element: guarded('service.create', <DeskServicePage />) },
          { path: 'service/config', element: guarded(configReaders, <ServiceConfigPage />) },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
]);

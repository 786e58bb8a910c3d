import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '@qiantai/contracts';
import { FullPageSpin } from '../features/common/FullPageSpin';
import { AuthProvider } from './auth/AuthProvider';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from './auth/paths';
import { RequireAuth, RequirePermission } from './auth/RequireAuth';
import { PropertyProvider } from './property/PropertyProvider';
import { AppShell } from './shell/AppShell';

// One chunk per page: a receptionist never downloads the administration screens.
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const ForcedPasswordChangePage = lazy(() => import('../features/auth/ForcedPasswordChangePage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const PropertiesPage = lazy(() => import('../features/properties/PropertiesPage'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));

const standalone = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;
const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export const router = createBrowserRouter([
  {
    element: <AuthProvider />,
    children: [
      { path: LOGIN_PATH, element: standalone(<LoginPage />) },
      { path: CHANGE_PASSWORD_PATH, element: standalone(<ForcedPasswordChangePage />) },
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
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
]);

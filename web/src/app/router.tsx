import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { FullPageSpin } from '../features/common/FullPageSpin';
import { AuthProvider } from './auth/AuthProvider';
import { RequireAuth, RequirePermission } from './auth/RequireAuth';
import { ROUTES, type AppRoute } from './features/registry';
import { PropertyProvider } from './property/PropertyProvider';
import { RouteError } from './RouteError';
import { AppShell } from './shell/AppShell';

// Every page comes from a feature's manifest (features/<f>/feature.tsx), one lazy chunk per page: a
// receptionist never downloads the administration screens. The guard of a page is its route's
// permission, the same one its menu entry shows for.

/** A page behind its route's permission (or any one of a list); every signed-in user without one. */
const guarded = ({ page: Page, permission }: AppRoute): ReactNode =>
  permission === undefined ? (
    <Page />
  ) : (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  );

const standalone = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

const toRoute = (route: AppRoute): RouteObject =>
  route.path === ''
    ? { index: true, element: guarded(route) }
    : { path: route.path, element: guarded(route) };

const layoutOf = (route: AppRoute) => route.layout ?? 'shell';

export const router = createBrowserRouter([
  {
    element: <AuthProvider />,
    errorElement: <RouteError />,
    children: [
      // Before sign-in: the login page and the forced password change.
      ...ROUTES.filter((r) => layoutOf(r) === 'public').map((r) => ({
        path: r.path,
        element: standalone(<r.page />),
      })),
      // Signed in, but without the app's frame (the register on paper).
      ...ROUTES.filter((r) => layoutOf(r) === 'standalone').map((r) => ({
        path: r.path,
        element: standalone(
          <RequireAuth>
            <PropertyProvider>{guarded(r)}</PropertyProvider>
          </RequireAuth>,
        ),
      })),
      {
        element: (
          <RequireAuth>
            <PropertyProvider>
              <AppShell />
            </PropertyProvider>
          </RequireAuth>
        ),
        children: [
          ...ROUTES.filter((r) => layoutOf(r) === 'shell').map(toRoute),
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
]);

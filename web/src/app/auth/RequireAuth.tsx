import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../../features/common/FullPageSpin';
import { allows, type Permissions } from './allows';
import { useAuth } from './auth-context';
import { CHANGE_PASSWORD_PATH, loginUrl } from './paths';

/** Renders children only for a signed-in user who has set their own password. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, signedOutByUser } = useAuth();
  const location = useLocation();
  if (me === undefined) return <FullPageSpin />;
  if (me === null) {
    const intended = signedOutByUser ? '/' : location.pathname + location.search;
    return <Navigate to={loginUrl(intended)} replace />;
  }
  if (me.user.mustChangePassword) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return children;
}

/**
 * Pages behind a permission (or any one of a list): without it the user is sent home (the navigation
 * never offers them).
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permissions;
  children: ReactNode;
}) {
  const { me } = useAuth();
  if (!allows(permission, me?.permissions ?? [])) return <Navigate to="/" replace />;
  return children;
}

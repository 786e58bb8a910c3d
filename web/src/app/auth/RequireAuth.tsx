import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '@qiantai/contracts';
import { FullPageSpin } from '../../features/common/FullPageSpin';
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
  permission: Permission | readonly Permission[];
  children: ReactNode;
}) {
  const { me } = useAuth();
  const anyOf: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  if (!anyOf.some((p) => me?.permissions.includes(p))) return <Navigate to="/" replace />;
  return children;
}

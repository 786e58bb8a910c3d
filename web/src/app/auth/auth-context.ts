import { createContext, useContext } from 'react';
import type { Me, Permission } from '@qiantai/contracts';

export interface AuthState {
  /** undefined while the first /auth/me is in flight; null when signed out. */
  me: Me | null | undefined;
  /** True after "sign out": the next person at the desk starts from the home page, not from our page. */
  signedOutByUser: boolean;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<Me>;
  /** Adopt a fresh Me answered by any auth route (preferences, property creation follow-up…). */
  acceptMe(me: Me): void;
  reload(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}

export function useCan(permission: Permission): boolean {
  const { me } = useAuth();
  return Boolean(me?.permissions.includes(permission));
}

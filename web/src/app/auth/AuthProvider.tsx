import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Outlet, useNavigate } from 'react-router';
import type { Me } from '@qiantai/contracts';
import { api, ApiError, apiSession } from '../../lib/api';
import { AuthContext, type AuthState } from './auth-context';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH, loginUrl } from './paths';

/** Holds the signed-in user for the whole app; mounted as the router's root so it can navigate. */
export function AuthProvider({ children }: { children?: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [signedOutByUser, setSignedOutByUser] = useState(false);
  const navigate = useNavigate();

  const acceptMe = useCallback(
    (next: Me) => {
      apiSession.setCsrfToken(next.csrfToken);
      setSignedOutByUser(false);
      setMe(next);
    },
    [setMe],
  );

  // The language on screen is the one this device chose (or the browser's). The account's saved language
  // changes only when the user switches explicitly (useLanguageSwitch), never merely by signing in here:
  // a shared desk computer must not rewrite every colleague's preference.

  useEffect(() => {
    apiSession.onAuthProblem((problem) => {
      const here = window.location.pathname + window.location.search;
      if (problem === 'unauthenticated') {
        apiSession.setCsrfToken(null);
        setMe(null);
        if (!window.location.pathname.startsWith(LOGIN_PATH)) navigate(loginUrl(here), { replace: true });
      } else if (window.location.pathname !== CHANGE_PASSWORD_PATH) {
        navigate(CHANGE_PASSWORD_PATH, { replace: true });
      }
    });
  }, [navigate]);

  const reload = useCallback(async () => {
    try {
      const fresh = await api.get<Me>('/auth/me');
      acceptMe(fresh);
    } catch (error) {
      // 401 already signed us out; anything else (server down) shows the login page with its error.
      if (!(error instanceof ApiError && error.status === 401)) setMe(null);
    }
  }, [acceptMe]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo<AuthState>(
    () => ({
      me,
      signedOutByUser,
      acceptMe,
      reload,
      async login(username, password) {
        const fresh = await api.post<Me>('/auth/login', { username, password });
        acceptMe(fresh);
        return fresh;
      },
      async logout() {
        await api.post('/auth/logout').catch(() => undefined);
        apiSession.setCsrfToken(null);
        setSignedOutByUser(true);
        setMe(null);
        navigate(LOGIN_PATH, { replace: true });
      },
      async changePassword(currentPassword, newPassword) {
        const fresh = await api.post<Me>('/auth/password', { currentPassword, newPassword });
        acceptMe(fresh);
        return fresh;
      },
    }),
    [me, signedOutByUser, acceptMe, reload, navigate],
  );

  return <AuthContext.Provider value={value}>{children ?? <Outlet />}</AuthContext.Provider>;
}

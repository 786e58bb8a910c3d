import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Outlet, useNavigate } from 'react-router';
import type { Me } from '@qiantai/contracts';
import { api, ApiError, apiSession } from '../../lib/api';
import { useLocale } from '../i18n/locale-context';
import { AuthContext, type AuthState } from './auth-context';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH, loginUrl } from './paths';

/** Holds the signed-in user for the whole app; mounted as the router's root so it can navigate. */
export function AuthProvider({ children }: { children?: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const navigate = useNavigate();
  const { setLocale } = useLocale();

  const acceptMe = useCallback(
    (next: Me) => {
      apiSession.setCsrfToken(next.csrfToken);
      setMe(next);
    },
    [setMe],
  );

  // The account's saved language wins at sign-in: it follows the person from desk to desk.
  const adoptAccountLocale = useCallback((next: Me) => setLocale(next.user.locale), [setLocale]);

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
      adoptAccountLocale(fresh);
    } catch (error) {
      // 401 already signed us out; anything else (server down) shows the login page with its error.
      if (!(error instanceof ApiError && error.status === 401)) setMe(null);
    }
  }, [acceptMe, adoptAccountLocale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo<AuthState>(
    () => ({
      me,
      acceptMe,
      reload,
      async login(username, password) {
        const fresh = await api.post<Me>('/auth/login', { username, password });
        acceptMe(fresh);
        adoptAccountLocale(fresh);
        return fresh;
      },
      async logout() {
        await api.post('/auth/logout').catch(() => undefined);
        apiSession.setCsrfToken(null);
        setMe(null);
        navigate(LOGIN_PATH, { replace: true });
      },
      async changePassword(currentPassword, newPassword) {
        const fresh = await api.post<Me>('/auth/password', { currentPassword, newPassword });
        acceptMe(fresh);
        return fresh;
      },
    }),
    [me, acceptMe, reload, adoptAccountLocale, navigate],
  );

  return <AuthContext.Provider value={value}>{children ?? <Outlet />}</AuthContext.Provider>;
}

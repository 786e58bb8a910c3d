import { EVERY_MEMBER } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// Signing in is public; everything else about one's own session is every member's.
export const ACCESS: readonly RouteCase[] = [
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    may: 'public',
    sample: () => ({ url: '/api/v1/auth/login', body: { username: 'frontdesk', password: 'qiantai-demo' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    may: EVERY_MEMBER,
    endsSession: true,
    sample: () => ({ url: '/api/v1/auth/logout' }),
  },
  { method: 'GET', route: '/api/v1/auth/me', may: EVERY_MEMBER, sample: () => ({ url: '/api/v1/auth/me' }) },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    may: EVERY_MEMBER,
    endsSession: true,
    sample: (fx, caller) => ({
      url: '/api/v1/auth/password',
      body: {
        currentPassword: caller === 'anonymous' ? 'x' : fx.passwordOf(caller),
        newPassword: `Matrix-new-${fx.unique()}-pw`,
      },
    }),
    after: (fx, caller) => fx.restorePassword(caller),
  },
  {
    method: 'PUT',
    route: '/api/v1/auth/preferences',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/auth/preferences', body: { locale: 'zh-CN' } }),
  },
];

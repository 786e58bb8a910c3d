import { ADMINS, EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from './fixtures.js';
import { DIRECTORY_ASSETS_CASES } from './directory-assets-cases.js';
import { DIRECTORY_IO_CASES } from './directory-io-cases.js';
import { DIRECTORY_LOOKUP_CASES } from './directory-lookup-cases.js';
import { DIRECTORY_PEOPLE_CASES } from './directory-people-cases.js';
import { NOTIFICATIONS_CASES } from './notifications-cases.js';
import { SERVICE_CONFIG_CASES } from './service-config-cases.js';
import { SERVICE_REGISTER_EXPORT_CASES } from './service-register-export-cases.js';
import { SERVICE_RECORDS_CASES } from './service-records-cases.js';

export interface SampleRequest {
  url: string;
  body?: unknown;
}

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route exactly as registered, e.g. '/api/v1/users/:id'. */
  route: string;
  /** Who may call it: 'public' (anyone, signed in or not) or the members allowed. Others get 403. */
  may: 'public' | readonly Member[];
  /** The answer to an allowed call; 200 unless given. */
  status?: number;
  /**
   * Builds one valid request. For a `scoped` route it is called once per property with a record
   * of that property, and a member not assigned to it must get 404.
   */
  sample(
    fx: Fixtures,
    caller: Member | 'anonymous',
    property: PropertyKey,
  ): Promise<SampleRequest> | SampleRequest;
  scoped?: boolean;
  /** The call ends the caller's session (sign out) or replaces it (password change). */
  endsSession?: boolean;
  /** Runs after an allowed call, e.g. to put back a password the call changed. */
  after?(fx: Fixtures, caller: Member): Promise<void>;
  /** The route answers with a never-ending event stream: only its status is read. */
  stream?: boolean;
  /** The one route whose answer is personal data in full (reveal): exempt from the masking walk. */
  revealsPersonalData?: boolean;
}

const AUDITORS: readonly Member[] = [...ADMINS, 'auditor'];

// One row per route. A new module adds its routes here; the matrix fails until it does.
export const ROUTE_CASES: readonly RouteCase[] = [
  { method: 'GET', route: '/api/health', may: 'public', sample: () => ({ url: '/api/health' }) },
  {
    method: 'GET',
    route: '/api/openapi.json',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/openapi.json' }),
  },

  // auth
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

  // properties
  {
    method: 'GET',
    route: '/api/v1/properties',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/v1/properties' }),
  },
  {
    method: 'GET',
    route: '/api/v1/properties/:id/departments',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/properties/${fx.property(p)}/departments` }),
  },
  {
    method: 'POST',
    route: '/api/v1/properties',
    may: ADMINS,
    status: 201,
    sample: (fx) => {
      const n = fx.unique();
      return {
        url: '/api/v1/properties',
        body: { code: `M-${n}`, name: `矩阵项目${n}`, nameEn: `Matrix ${n}`, kind: 'mixed' },
      };
    },
  },

  // users
  { method: 'GET', route: '/api/v1/users', may: ADMINS, sample: () => ({ url: '/api/v1/users' }) },
  {
    method: 'POST',
    route: '/api/v1/users',
    may: ADMINS,
    status: 201,
    sample: (fx) => ({
      url: '/api/v1/users',
      body: {
        username: `matrix-${fx.unique()}`,
        displayName: '矩阵用户',
        roles: ['receptionist'],
        propertyIds: [fx.property('p1')],
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/users/${(await fx.spareUser(p)).id}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => {
      const spare = await fx.spareUser(p);
      return {
        url: `/api/v1/users/${spare.id}`,
        body: { version: spare.version, displayName: `改名${fx.unique()}` },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/reset-password',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/users/${(await fx.spareUser(p)).id}/reset-password` }),
  },

  // audit, jobs, live events
  { method: 'GET', route: '/api/v1/audit-log', may: AUDITORS, sample: () => ({ url: '/api/v1/audit-log' }) },
  { method: 'GET', route: '/api/v1/admin/jobs', may: ADMINS, sample: () => ({ url: '/api/v1/admin/jobs' }) },
  {
    method: 'POST',
    route: '/api/v1/admin/jobs/:id/retry',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/admin/jobs/${await fx.failedJob(p)}/retry` }),
  },
  {
    method: 'GET',
    route: '/api/v1/events',
    may: EVERY_MEMBER,
    stream: true,
    sample: () => ({ url: '/api/v1/events' }),
  },
  ...DIRECTORY_PEOPLE_CASES,
  ...DIRECTORY_LOOKUP_CASES,
  ...DIRECTORY_ASSETS_CASES,
  ...DIRECTORY_IO_CASES,
  ...NOTIFICATIONS_CASES,
  ...SERVICE_CONFIG_CASES,
  ...SERVICE_REGISTER_EXPORT_CASES,
  ...SERVICE_RECORDS_CASES,
];

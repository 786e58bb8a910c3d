import { ADMINS, type Fixtures, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// Accounts are administrators' business; a user of another property than the administrator's is 404.

/** A receptionist of one property who is nobody's login: safe to edit or reset. */
async function spareUser(fx: Fixtures, p: PropertyKey): Promise<{ id: string; version: number }> {
  const id = await fx.once(`users:${p}`, async () => {
    const res = await (
      await fx.agent('admin')
    ).request('POST', '/api/v1/users', {
      username: `spare-${p}`,
      displayName: `备用 ${p}`,
      roles: ['receptionist'],
      propertyIds: [fx.property(p)],
    });
    if (res.statusCode !== 201) throw new Error(`spare user: ${res.statusCode} ${res.body}`);
    return res.json<{ user: { id: string } }>().user.id;
  });
  const row = await fx.t.runtime.deps.database.db
    .selectFrom('users')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id, version: row.version };
}

export const ACCESS: readonly RouteCase[] = [
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
    sample: async (fx, _, p) => ({ url: `/api/v1/users/${(await spareUser(fx, p)).id}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => {
      const spare = await spareUser(fx, p);
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
    sample: async (fx, _, p) => ({ url: `/api/v1/users/${(await spareUser(fx, p)).id}/reset-password` }),
  },
];

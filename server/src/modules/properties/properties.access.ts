import { ADMINS, EVERY_MEMBER } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// Everyone reads their properties and their departments; administrators create properties.
export const ACCESS: readonly RouteCase[] = [
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
];

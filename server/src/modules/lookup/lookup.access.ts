import { EVERY_MEMBER } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// The desk lookup: everyone with directory.read, within their own properties (another's id is 404).
export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/directory/search',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({
      url: `/api/v1/directory/search?propertyId=${fx.property(p)}&q=${encodeURIComponent('王')}`,
    }),
  },
];

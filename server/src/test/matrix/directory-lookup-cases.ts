import { EVERY_MEMBER } from './fixtures.js';
import type { RouteCase } from './route-cases.js';

// The desk lookup: everyone with directory.read, within their own properties (another's id is 404).
export const DIRECTORY_LOOKUP_CASES: readonly RouteCase[] = [
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

import { EVERY_MEMBER } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// The live-event stream: every member (what reaches them is filtered by property and permission).
export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/events',
    may: EVERY_MEMBER,
    stream: true,
    sample: () => ({ url: '/api/v1/events' }),
  },
];

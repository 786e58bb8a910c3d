/// <reference types="vite/client" />
import { EVERY_MEMBER } from './fixtures.js';
import type { RouteCase } from './route-case.js';

export type { RouteCase, SampleRequest } from './route-case.js';

// The platform's own routes; every module's are in its `<m>.access.ts`.
const PLATFORM_CASES: readonly RouteCase[] = [
  { method: 'GET', route: '/api/health', may: 'public', sample: () => ({ url: '/api/health' }) },
  {
    method: 'GET',
    route: '/api/openapi.json',
    may: EVERY_MEMBER,
    sample: () => ({ url: '/api/openapi.json' }),
  },
];

// Each module's rows, found by their file name (Vitest runs through Vite): a new module adds its
// `<m>.access.ts` and nothing here. The matrix fails on a route without a row.
const ACCESS_FILES = import.meta.glob<{ ACCESS?: readonly RouteCase[] }>('../../modules/*/*.access.ts', {
  eager: true,
});

function moduleCases(): RouteCase[] {
  return Object.keys(ACCESS_FILES)
    .sort()
    .flatMap((path) => {
      const rows = ACCESS_FILES[path]!.ACCESS;
      if (!rows) throw new Error(`${path} exports no ACCESS rows`);
      return rows;
    });
}

/** One row per route: the platform's, then each module's. */
export const ROUTE_CASES: readonly RouteCase[] = [...PLATFORM_CASES, ...moduleCases()];

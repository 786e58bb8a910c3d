import { newId } from '../../db/ids.js';
import { ADMINS, type Fixtures, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// Background jobs: administrators; retrying another property's job is 404.

/** A failed job of the property, as the job runner leaves one after its last attempt. */
async function failedJob(fx: Fixtures, p: PropertyKey): Promise<string> {
  const now = fx.t.clock.now();
  const id = newId(now);
  await fx.t.runtime.deps.database.db
    .insertInto('jobs')
    .values({
      id,
      kind: 'matrix.sample',
      property_id: fx.property(p),
      unique_key: null,
      payload: '{}',
      status: 'failed',
      run_at: now,
      attempts: 3,
      max_attempts: 3,
      locked_by: null,
      locked_until: null,
      last_error: 'sample failure',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export const ACCESS: readonly RouteCase[] = [
  { method: 'GET', route: '/api/v1/admin/jobs', may: ADMINS, sample: () => ({ url: '/api/v1/admin/jobs' }) },
  {
    method: 'POST',
    route: '/api/v1/admin/jobs/:id/retry',
    may: ADMINS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/admin/jobs/${await failedJob(fx, p)}/retry` }),
  },
];

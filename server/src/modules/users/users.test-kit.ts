import type { TestApp } from '../../test/harness.js';

/** The id of a user (a demo user, or one a test made) by username. */
export async function userId(t: TestApp, username: string): Promise<string> {
  const row = await t.runtime.deps.database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

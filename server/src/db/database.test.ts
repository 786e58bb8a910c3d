import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

describe('the database connection', () => {
  it.skipIf(testDatabaseUrl() === null)(
    'survives PostgreSQL terminating its idle connections (a restart, an administrator) without crashing',
    async () => {
      const db = t.handle.db;
      // Open several pooled connections, then leave them idle.
      await Promise.all(Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(db)));
      const other = t.openAnother();
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`.execute(other.db);
      // The idle clients' errors were absorbed by the pool; the next queries get fresh connections.
      await new Promise((r) => setTimeout(r, 100));
      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
      expect(rows).toEqual([{ ok: 1 }]);
    },
  );
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testDatabaseUrl } from '../config.js';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/database.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Another handle on the same database, as a second app process would have. */
  openAnother(): DatabaseHandle;
  dispose(): Promise<void>;
}

/**
 * A fresh, real database per test file: a new SQLite file in a temp folder, or — when
 * TEST_DATABASE_URL is set — a new PostgreSQL database created on that server and dropped after.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'qiantai-test-'));
    const file = join(dir, 'test.db');
    // No power cut is simulated here: an fsync per commit (synchronous=FULL, the server's default)
    // would only slow the suite by minutes.
    const handles: DatabaseHandle[] = [openSqlite(file, 'normal')];
    return {
      handle: handles[0]!,
      openAnother: () => {
        const h = openSqlite(file, 'normal');
        handles.push(h);
        return h;
      },
      async dispose() {
        for (const h of handles) await h.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `qt_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handles: DatabaseHandle[] = [openPostgres(dbUrl.toString(), 5)];
  return {
    handle: handles[0]!,
    openAnother: () => {
      const h = openPostgres(dbUrl.toString(), 5);
      handles.push(h);
      return h;
    },
    async dispose() {
      for (const h of handles) await h.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

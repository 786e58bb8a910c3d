import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../server/src/db/database.js';

export interface BenchDatabase {
  handle: DatabaseHandle;
  label: string;
  dispose(): Promise<void>;
}

/** A fresh database: a temp SQLite file, or a new PostgreSQL database on BENCH_DATABASE_URL's server. */
export async function createBenchDatabase(url: string | undefined): Promise<BenchDatabase> {
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'qiantai-bench-'));
    const handle = openSqlite(join(dir, 'bench.db'));
    return {
      handle,
      label: 'sqlite',
      async dispose() {
        await handle.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `qt_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = openPostgres(dbUrl.toString(), 10);
  return {
    handle,
    label: 'postgres',
    async dispose() {
      await handle.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

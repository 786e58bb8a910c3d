import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
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

/** The size of search_terms with its indexes: dbstat on SQLite, pg_total_relation_size on PostgreSQL. */
export async function searchTermsMegabytes(handle: DatabaseHandle): Promise<string> {
  const query =
    handle.dialect === 'postgres'
      ? sql<{ bytes: number }>`SELECT pg_total_relation_size('search_terms')::bigint AS bytes`
      : sql<{ bytes: number }>`SELECT SUM(pgsize) AS bytes FROM dbstat
          WHERE name IN ('search_terms', 'search_terms_lookup', 'search_terms_entity')`;
  const { rows } = await query.execute(handle.db);
  return (Number(rows[0]?.bytes ?? 0) / 1024 / 1024).toFixed(0);
}

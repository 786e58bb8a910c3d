import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { testConfig } from '../../server/src/config.js';
import { openPostgres, openSqlite, type DatabaseHandle, type Db } from '../../server/src/db/database.js';
import { createRuntime, type Runtime } from '../../server/src/runtime.js';
import { seedDemo } from '../../server/src/seed/demo-seed.js';

export interface BenchDatabase {
  handle: DatabaseHandle;
  label: string;
  dispose(): Promise<void>;
}

/** A fresh database: a temp SQLite file, or a new PostgreSQL database on BENCH_DATABASE_URL's server. */
export async function createBenchDatabase(url: string | undefined): Promise<BenchDatabase> {
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'qiantai-bench-'));
    const handle = openSqlite(join(dir, 'bench.db'), 'normal');
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

const SQLITE_OBJECTS = {
  search_terms: ['search_terms', 'search_terms_lookup', 'search_terms_entity'],
  display: [
    'search_display',
    'sqlite_autoindex_search_display_1',
    'search_residences',
    'sqlite_autoindex_search_residences_1',
    'search_residences_entity',
  ],
};

/**
 * On-disk size with indexes of the lookup's tables: search_terms, or the display rows
 * (search_display and search_residences). dbstat on SQLite, pg_total_relation_size on PostgreSQL.
 */
export async function lookupMegabytes(
  handle: DatabaseHandle,
  part: keyof typeof SQLITE_OBJECTS,
): Promise<string> {
  const tables = part === 'search_terms' ? ['search_terms'] : ['search_display', 'search_residences'];
  const query =
    handle.dialect === 'postgres'
      ? sql<{ bytes: number }>`SELECT SUM(pg_total_relation_size(t))::bigint AS bytes
          FROM unnest(${tables}::text[]) AS t`
      : sql<{ bytes: number }>`SELECT SUM(pgsize) AS bytes FROM dbstat
          WHERE name IN (${sql.join(SQLITE_OBJECTS[part])})`;
  const { rows } = await query.execute(handle.db);
  return (Number(rows[0]?.bytes ?? 0) / 1024 / 1024).toFixed(0);
}

/**
 * After a bulk load: fresh statistics, and on PostgreSQL a vacuum, so index-only scans need no heap
 * visits, as autovacuum leaves a live database (SQLite's VACUUM would only rewrite the file), and a
 * checkpoint, so the load's half a gigabyte of dirty pages is not being written while we measure.
 */
export async function settle(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect === 'sqlite') {
    await sql`ANALYZE`.execute(handle.db);
    return;
  }
  await sql`VACUUM ANALYZE`.execute(handle.db);
  await sql`CHECKPOINT`.execute(handle.db);
}

export interface BenchApp {
  bench: BenchDatabase;
  runtime: Runtime;
  db: Db;
  /** The residential demo property (锦绣花园) the benchmarks fill. */
  propertyId: string;
  /** Its departments' ids by code (service, engineering, …). */
  departments: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A fresh database (BENCH_DATABASE_URL's server, or a temp SQLite file) with the demo company on
 * it and the app's runtime over it, as the server runs.
 */
export async function openBenchApp(): Promise<BenchApp> {
  const bench = await createBenchDatabase(process.env.BENCH_DATABASE_URL);
  const runtime = await createRuntime(testConfig({ webDist: '/nonexistent' }), { database: bench.handle });
  const db = bench.handle.db;
  await seedDemo(runtime.systemContext(), runtime.deps);
  const { id: propertyId } = await db
    .selectFrom('properties')
    .select('id')
    .where('code', '=', 'JXHY')
    .executeTakeFirstOrThrow();
  const departments = Object.fromEntries(
    (
      await db
        .selectFrom('departments')
        .select(['id', 'code'])
        .where('property_id', '=', propertyId)
        .execute()
    ).map((d) => [d.code, d.id]),
  );
  return {
    bench,
    runtime,
    db,
    propertyId,
    departments,
    async close() {
      await runtime.close();
      await bench.dispose().catch(() => undefined);
    },
  };
}

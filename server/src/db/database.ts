import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import { namingPool } from './named-statements.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL connection string, for the LISTEN connection of the event bus. */
  url: string | null;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) and count() as strings; our epoch-ms values fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * Kysely's SQLite driver starts transactions with a plain BEGIN, which takes the write lock only
 * at the first write and can then fail with SQLITE_BUSY. Writers must take it up front.
 */
class ImmediateSqliteDriver extends SqliteDriver implements Driver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely prepares every statement anew; on the desk lookup's sub-millisecond queries that costs
 * more than running them. Statements are cached by SQL text (least recently used out first).
 * Safe because Kysely runs one statement at a time on the single connection and reads each fully.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 500): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) cache.delete(source);
    else statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, prop, receiver) => (prop === 'prepare' ? prepare : Reflect.get(target, prop, receiver)),
  });
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SqliteDatabase.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

/**
 * FULL: each commit is on disk before it is acknowledged, so a power cut loses no record the desk
 * was told was saved (NORMAL in WAL mode survives a crashed process but may lose the last commits to
 * a power cut). It costs an fsync per commit, about 3 ms here, which a desk's few writes a minute do
 * not feel (decision 0014). Tests and benchmarks that bulk-load pass 'normal'.
 */
export type SqliteSynchronous = 'full' | 'normal';

export function openSqlite(file: string, synchronous: SqliteSynchronous = 'full'): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(withStatementCache(sqlite)) });
  return { db, dialect: 'sqlite', url: null, close: () => db.destroy() };
}

export function openPostgres(url: string, max = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client whose connection dies (server restart, a terminated backend) emits 'error' on
  // the pool; unhandled, that would end the process. The pool drops the client and the next query
  // opens a new connection, so there is nothing else to do.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
  return { db, dialect: 'postgres', url, close: () => db.destroy() };
}

export function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  sqliteSynchronous: SqliteSynchronous;
}): DatabaseHandle {
  if (opts.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
      throw new Error('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite)');
    }
    return openPostgres(opts.databaseUrl);
  }
  return openSqlite(join(opts.dataDir, 'qiantai.db'), opts.sqliteSynchronous);
}

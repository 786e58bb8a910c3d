import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

// PostgreSQL plans every statement Kysely sends anew (pg's unnamed statements). For the desk lookup,
// run on every keystroke, planning cost more than running (about 0.4 ms of a 0.8 ms search). A
// named statement is parsed once per connection; after five runs PostgreSQL keeps one generic plan
// for it when that plan costs no more than the custom ones, and then each run skips the planner.
// Only statements a module asks for are named: one name per SQL text, kept for the process's life,
// so they must be few (decision 0009). On SQLite every statement is already prepared once.

const names = new Map<string, string>();

/** Asks that this SQL text run as a named statement on PostgreSQL (no effect on SQLite). */
export function keepPrepared(text: string): void {
  if (!names.has(text)) names.set(text, `qt_kept_${names.size + 1}`);
}

function adaptClient(client: pg.PoolClient): PostgresPoolClient {
  function query<R>(text: string, values: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query(textOrCursor: string | PostgresCursor<unknown>, values: readonly unknown[] = []): unknown {
    if (typeof textOrCursor !== 'string') return client.query(textOrCursor as unknown as pg.Submittable);
    const name = names.get(textOrCursor);
    return client.query({ name, text: textOrCursor, values: [...values] });
  }
  return { query, release: (destroy) => client.release(destroy) };
}

/**
 * The pool as Kysely sees it, sending kept statements by name. One adapter per pg client, so
 * Kysely's per-client connection objects are reused as before.
 */
export function namingPool(pool: pg.Pool): PostgresPool {
  const adapters = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let adapter = adapters.get(client);
      if (!adapter) adapters.set(client, (adapter = adaptClient(client)));
      return adapter;
    },
    end: () => pool.end(),
  };
}

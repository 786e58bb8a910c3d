import { CompiledQuery, sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { keepPrepared } from '../../db/named-statements.js';

/** Stands for the value of that name in a statement built for runShaped. */
export type ValueOf = (name: string) => RawBuilder<unknown>;

interface Compiled {
  sql: string;
  /** The name of each parameter, in the order the dialect numbers them. */
  names: string[];
}

// While a statement is compiled each value is a marked name; no query's own value starts with NUL.
const MARK = '\u0000';
const compiledByDialect = new WeakMap<object, Map<string, Compiled>>();

/**
 * Runs a statement whose SQL text depends only on `shape`, never on the values: Kysely builds and
 * compiles it once per shape and dialect, and later runs only put the values in place. The desk
 * lookup runs on every keystroke, and building its statement anew cost about a third of what the
 * search allocates in-process (more garbage collection, slower outliers). On PostgreSQL the text
 * runs as a named statement, planned once per connection (db/named-statements.ts). Shapes must be
 * few: the compiled statements are kept for the life of the process.
 */
export async function runShaped<R>(
  db: Db,
  shape: string,
  build: (value: ValueOf) => RawBuilder<R>,
  values: Readonly<Record<string, unknown>>,
): Promise<R[]> {
  const adapter = db.getExecutor().adapter;
  let statements = compiledByDialect.get(adapter);
  if (!statements) compiledByDialect.set(adapter, (statements = new Map()));
  let statement = statements.get(shape);
  if (!statement) {
    const query = build((name) => sql`${MARK + name}`).compile(db);
    statement = { sql: query.sql, names: query.parameters.map((p) => String(p).slice(MARK.length)) };
    statements.set(shape, statement);
    keepPrepared(statement.sql);
  }
  const parameters = statement.names.map((name) => {
    if (!(name in values)) throw new Error(`statement ${shape}: no value for ${name}`);
    return values[name];
  });
  return (await db.executeQuery<R>(CompiledQuery.raw(statement.sql, parameters))).rows;
}

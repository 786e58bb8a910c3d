import { sql, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationDb } from './migration-db.js';

/**
 * The desk lookup's prefix ranges (term >= q AND term < q || U+10FFFF) need terms ordered by code
 * point. SQLite's default BINARY collation is; PostgreSQL's database collation (en_US.UTF-8, zh_CN …)
 * need not be and may ignore or reorder characters, so the column gets the "C" collation and its
 * indexes are rebuilt with it (decision 0009).
 */
export function searchTermsCollationMigration(dialect: Dialect): Migration {
  return {
    async up(db: MigrationDb) {
      if (dialect !== 'postgres') return;
      await sql`ALTER TABLE search_terms ALTER COLUMN term TYPE text COLLATE "C"`.execute(db);
    },
  };
}

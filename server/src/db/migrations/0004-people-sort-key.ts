import { sql, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationDb } from './migration-db.js';
import { personSortKey } from '../../modules/lookup/lookup-index.service.js';

/**
 * People list in pinyin order (李 li < 王 wang < 张 zhang), not by code point: people.sort_key holds
 * the pinyin of the name, written by the people service on every create and update. On PostgreSQL
 * the column gets the "C" collation so the space between syllables and the letters compare by code
 * point as on SQLite (the database collation may ignore spaces; decision 0009 for search_terms).
 * Existing rows are filled here, in JS, with the same function the service uses.
 */
export function peopleSortKeyMigration(dialect: Dialect): Migration {
  return {
    async up(db: MigrationDb) {
      if (dialect === 'postgres') {
        await sql`ALTER TABLE people ADD COLUMN sort_key text COLLATE "C" NOT NULL DEFAULT ''`.execute(db);
      } else {
        await db.schema
          .alterTable('people')
          .addColumn('sort_key', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      }
      const people: { id: string; name: string }[] = await db
        .selectFrom('people')
        .select(['id', 'name'])
        .execute();
      for (const person of people) {
        await db
          .updateTable('people')
          .set({ sort_key: personSortKey(person.name) })
          .where('id', '=', person.id)
          .execute();
      }
      await db.schema
        .createIndex('people_property_sort_key')
        .on('people')
        .columns(['property_id', 'sort_key'])
        .execute();
    },
  };
}

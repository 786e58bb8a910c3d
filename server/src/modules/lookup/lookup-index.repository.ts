import type { Db } from '../../db/database.js';
import type { SearchTermRow } from './search-terms.js';

// Rows per INSERT: 6 parameters each stays well under SQLite's and PostgreSQL's parameter limits.
const INSERT_CHUNK = 2000;

/**
 * The upper bound of a prefix range: the prefix followed by the highest code point. Terms compare
 * by UTF-8 bytes (SQLite BINARY, PostgreSQL COLLATE "C" — migration 0003), and U+10FFFF encodes
 * above every other character, CJK extension planes included.
 */
export const prefixUpperBound = (prefix: string) => `${prefix}\u{10FFFF}`;

export async function deleteTerms(db: Db, entityType: SearchTermRow['entity_type'], entityId: string) {
  await db
    .deleteFrom('search_terms')
    .where('entity_id', '=', entityId)
    .where('entity_type', '=', entityType)
    .execute();
}

export async function insertTerms(db: Db, rows: readonly SearchTermRow[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db
      .insertInto('search_terms')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

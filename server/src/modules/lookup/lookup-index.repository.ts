import { sql } from 'kysely';
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

export interface TermMatch {
  anchored: number;
  term: string;
  kind: SearchTermRow['kind'];
  entity_type: SearchTermRow['entity_type'];
  entity_id: string;
}

export interface RangeProbe {
  anchored: 0 | 1;
  prefix: string;
  entityType?: SearchTermRow['entity_type'];
  limit: number;
}

/** One probe: the terms of one property starting with `prefix`, in term order (an index range scan). */
function probeQuery(db: Db, propertyId: string, probe: RangeProbe, index: number) {
  let query = db
    .selectFrom('search_terms')
    .select(['anchored', 'term', 'kind', 'entity_type', 'entity_id', sql.lit(index).as('probe')])
    .where('property_id', '=', propertyId)
    .where('anchored', '=', probe.anchored)
    .where('term', '>=', probe.prefix)
    .where('term', '<', prefixUpperBound(probe.prefix));
  if (probe.entityType) query = query.where('entity_type', '=', probe.entityType);
  return query.orderBy('term').orderBy('entity_type').orderBy('entity_id').limit(probe.limit);
}

/**
 * All probes of one lookup in one statement (UNION ALL of the LIMITed range scans): one round trip
 * to PostgreSQL and one statement to prepare on SQLite. Rows come back grouped per probe.
 */
export async function termsWithPrefixes(
  db: Db,
  propertyId: string,
  probes: readonly RangeProbe[],
): Promise<TermMatch[][]> {
  const grouped = probes.map((): TermMatch[] => []);
  if (probes.length === 0) return grouped;
  const parts = probes.map((probe, i) =>
    db.selectFrom(probeQuery(db, propertyId, probe, i).as(`probe${i}`)).selectAll(),
  );
  const query = parts.slice(1).reduce((all, part) => all.unionAll(part), parts[0]!);
  for (const { probe, ...row } of await query.execute()) grouped[Number(probe)]!.push(row);
  return grouped;
}

import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { SearchDisplayRow, SearchResidenceRow } from './search-display.js';
import type { SearchTermRow } from './search-terms.js';
import { prefixUpperBound } from './lookup-index.repository.js';
import { runShaped, type ValueOf } from './shaped-statement.js';

// The whole desk lookup is one statement (decision 0009): the probes' prefix range scans, the
// ranking, and the display rows of the best matches with their current residence lines. One round
// trip to PostgreSQL, one cached prepared statement on SQLite, and only the shown rows come back.
// Its SQL text is built once per shape of probes (shaped-statement.ts).

/** One prefix range scan of search_terms (lookup-plan.ts decides which). */
export interface SearchProbe {
  anchored: 0 | 1;
  prefix: string;
  entityType?: SearchTermRow['entity_type'];
  /** At most this many terms are read: one of a few values (PROBE_LIMITS in lookup-plan.ts). */
  limit: number;
  /** A term equal to the prefix is an exact match (full name, unit code or plate) and ranks first. */
  exact: boolean;
}

/** A ranked match: the entity and the spelling it was found by. */
export interface MatchRow {
  entity_type: SearchTermRow['entity_type'];
  entity_id: string;
  kind: SearchTermRow['kind'];
}

/**
 * The statement's rows, best match first: one per residence line current on `today` of a matched
 * person or unit (the line's fields null when it has none, and for vehicles), each with the match's
 * display row. A line names the other side: a person's unit, a unit's occupant.
 */
export interface SearchRow extends MatchRow {
  title: SearchDisplayRow['title'];
  detail: SearchDisplayRow['detail'];
  /** A vehicle's owner and their name. */
  owner_id: string | null;
  owner_name: string | null;
  link_id: string | null;
  other_id: string | null;
  other_title: string | null;
  role: SearchResidenceRow['role'] | null;
  until_date: string | null;
  created_at: number | null;
}

/**
 * The tier of a matched term: 0 exact (the typed text is the whole spelling), 1 from the start (an
 * anchored spelling), 2 contains (a later suffix).
 */
function tierOf(probe: SearchProbe, prefix: RawBuilder<unknown>): RawBuilder<number> {
  const tier = sql.lit(probe.anchored === 1 ? 1 : 2);
  return probe.exact ? sql<number>`CASE WHEN term = ${prefix} THEN 0 ELSE ${tier} END` : tier;
}

/** One probe: at most `limit` terms of the property starting with `prefix`, in term order. */
function probeScan(value: ValueOf, probe: SearchProbe, i: number) {
  const prefix = value(`prefix${i}`);
  const ofType = probe.entityType ? sql` AND entity_type = ${value(`type${i}`)}` : sql``;
  return sql`SELECT * FROM (
    SELECT term, kind, entity_type, entity_id, ${tierOf(probe, prefix)} AS tier FROM search_terms
    WHERE property_id = ${value('propertyId')} AND anchored = ${sql.lit(probe.anchored)}
      AND term >= ${prefix} AND term < ${value(`upper${i}`)}${ofType}
    ORDER BY term, entity_type, entity_id LIMIT ${sql.lit(probe.limit)}) AS ${sql.raw(`probe${i}`)}`;
}

/** Best first: the tier, then the shorter matched term (closer to what was typed), then the term. */
const RANKING = sql.raw('tier, length(term), term');
const RANKED = sql.raw('found.tier, length(found.term), found.term, found.entity_type, found.entity_id');

/**
 * The best `limit` matches as a CTE `found`: each entity once, with its best spelling, ordered by
 * RANKING with type and id breaking ties, so the same query always gives the same answer. Terms
 * compare by code point on both databases (migration 0003), and length() counts characters on both.
 */
function bestMatches(value: ValueOf, probes: readonly SearchProbe[]) {
  const scans = sql.join(
    probes.map((probe, i) => probeScan(value, probe, i)),
    sql` UNION ALL `,
  );
  return sql`WITH matches AS (${scans}),
  found AS (
    SELECT entity_type, entity_id, kind, tier, term FROM (
      SELECT entity_type, entity_id, kind, tier, term,
        row_number() OVER (PARTITION BY entity_type, entity_id ORDER BY ${RANKING}, kind) AS nth
      FROM matches) AS best
    WHERE nth = 1
    ORDER BY ${RANKING}, entity_type, entity_id
    LIMIT ${value('limit')})`;
}

/**
 * The statement's SQL depends on which probes there are (anchored, exact, typed, how many terms
 * each reads), not on the text. The probes' limits are written into it: with them as parameters
 * PostgreSQL's generic plan guesses a tenth of the table per probe, costs more than planning each
 * time on a large directory, and is not chosen (named-statements.ts; seen on bench:lookup).
 */
const shapeOf = (probes: readonly SearchProbe[]) =>
  probes.map((p) => `${p.anchored}${p.exact ? 'x' : ''}${p.entityType ?? ''}${p.limit}`).join(',');

function probeValues(propertyId: string, probes: readonly SearchProbe[], limit: number) {
  const values: Record<string, unknown> = { propertyId, limit };
  probes.forEach((probe, i) => {
    values[`prefix${i}`] = probe.prefix;
    values[`upper${i}`] = prefixUpperBound(probe.prefix);
    if (probe.entityType) values[`type${i}`] = probe.entityType;
  });
  return values;
}

/** The index part alone: which entities match, best first (the benchmark's "index only"). */
export async function findRanked(
  db: Db,
  propertyId: string,
  probes: readonly SearchProbe[],
  limit: number,
): Promise<MatchRow[]> {
  if (probes.length === 0) return [];
  const build = (value: ValueOf) => sql<MatchRow>`${bestMatches(value, probes)}
    SELECT found.entity_type, found.entity_id, found.kind FROM found ORDER BY ${RANKED}`;
  return runShaped(db, `ranked:${shapeOf(probes)}`, build, probeValues(propertyId, probes, limit));
}

/**
 * Matches with what the desk shows of them, in one statement. A residence line counts while its
 * last day (`until_date`, a date at the property) is today or later, so a move-out takes effect the
 * day after without any write. (CROSS JOIN keeps SQLite from starting at the display table.)
 */
export async function searchWithDisplay(
  db: Db,
  propertyId: string,
  probes: readonly SearchProbe[],
  limit: number,
  today: string,
): Promise<SearchRow[]> {
  if (probes.length === 0) return [];
  const build = (value: ValueOf) => sql<SearchRow>`${bestMatches(value, probes)}
    SELECT found.entity_type, found.entity_id, found.kind, shown.title, shown.detail,
      shown.person_id AS owner_id, owner.title AS owner_name,
      line.link_id, line.other_id, other.title AS other_title, line.role, line.until_date, line.created_at
    FROM found CROSS JOIN search_display shown
    LEFT JOIN search_display owner ON owner.entity_id = shown.person_id
    LEFT JOIN search_residences line ON line.entity_id = found.entity_id
      AND (line.until_date IS NULL OR line.until_date >= ${value('today')})
    LEFT JOIN search_display other ON other.entity_id = line.other_id
    WHERE shown.entity_id = found.entity_id
    ORDER BY ${RANKED}`;
  const values = { ...probeValues(propertyId, probes, limit), today };
  return runShaped(db, `display:${shapeOf(probes)}`, build, values);
}

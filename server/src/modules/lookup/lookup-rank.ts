import type { TermMatch } from './lookup-index.repository.js';
import type { Probe } from './lookup-plan.js';

// Ranking: exact (full name, unit code, plate) first, then spellings from their start (prefixes,
// phone tails, initials), then "contains". Within a tier a shorter matched term is closer to what
// was typed; then term, type and id make the order deterministic.

export interface RankedMatch {
  entityType: TermMatch['entity_type'];
  entityId: string;
  kind: TermMatch['kind'];
  tier: 0 | 1 | 2;
  term: string;
}

const TYPE_ORDER = { person: 0, unit: 1, vehicle: 2 } as const;

function tierOf(probe: Probe, row: TermMatch): RankedMatch['tier'] {
  if (probe.exact && row.term === probe.prefix) return 0;
  return row.anchored === 1 ? 1 : 2;
}

function compare(a: RankedMatch, b: RankedMatch): number {
  return (
    a.tier - b.tier ||
    [...a.term].length - [...b.term].length ||
    (a.term < b.term ? -1 : a.term > b.term ? 1 : 0) ||
    TYPE_ORDER[a.entityType] - TYPE_ORDER[b.entityType] ||
    (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0)
  );
}

/** The best match of each entity, best first, at most `limit`. */
export function rankMatches(
  results: readonly { probe: Probe; rows: readonly TermMatch[] }[],
  limit: number,
): RankedMatch[] {
  const best = new Map<string, RankedMatch>();
  for (const { probe, rows } of results) {
    for (const row of rows) {
      const match: RankedMatch = {
        entityType: row.entity_type,
        entityId: row.entity_id,
        kind: row.kind,
        tier: tierOf(probe, row),
        term: row.term,
      };
      const key = `${row.entity_type}:${row.entity_id}`;
      const current = best.get(key);
      if (!current || compare(match, current) < 0) best.set(key, match);
    }
  }
  return [...best.values()].sort(compare).slice(0, limit);
}

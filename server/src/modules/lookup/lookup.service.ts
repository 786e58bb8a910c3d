import type { Locale, searchQuerySchema, SearchResult } from '@qiantai/contracts';
import type { z } from 'zod';
import { assertPropertyInScope, type ServiceContext } from '../../platform/context.js';
import { todayAtProperty } from '../properties/index.js';
import { planLookup } from './lookup-plan.js';
import { toResults } from './lookup-results.js';
import { findRanked, searchWithDisplay, type MatchRow } from './lookup-search.repository.js';

export type SearchQuery = z.output<typeof searchQuerySchema>;

export interface RankedMatch {
  entityType: MatchRow['entity_type'];
  entityId: string;
  kind: MatchRow['kind'];
}

/** The index part of the lookup: which entities match, best first (no display data). */
export async function findMatches(ctx: ServiceContext, query: SearchQuery): Promise<RankedMatch[]> {
  assertPropertyInScope(ctx, query.propertyId);
  const rows = await findRanked(ctx.db, query.propertyId, planLookup(query.q, query.limit), query.limit);
  return rows.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id, kind: r.kind }));
}

/**
 * The one-box desk lookup: people, units and vehicles of one property, best match first, with what
 * the desk shows of each, in one statement. A search is within one property, so its calendar
 * decides which residences are current (the time zone is remembered: no statement of its own).
 */
export async function searchDirectory(
  ctx: ServiceContext,
  query: SearchQuery,
  locale: Locale = 'zh-CN',
): Promise<{ items: SearchResult[]; tookMs: number }> {
  const started = performance.now();
  assertPropertyInScope(ctx, query.propertyId);
  const today = await todayAtProperty(ctx, query.propertyId);
  const probes = planLookup(query.q, query.limit);
  const rows = await searchWithDisplay(ctx.db, query.propertyId, probes, query.limit, today);
  const items = toResults(rows, locale);
  return { items, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

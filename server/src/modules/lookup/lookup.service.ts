import type { Locale, searchQuerySchema, SearchResult } from '@qiantai/contracts';
import type { z } from 'zod';
import { assertPropertyInScope, type ServiceContext } from '../../platform/context.js';
import { termsWithPrefixes } from './lookup-index.repository.js';
import { planLookup } from './lookup-plan.js';
import { rankMatches, type RankedMatch } from './lookup-rank.js';
import { buildResults } from './lookup-results.js';

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** The index part of the lookup: which entities match, best first (no display data). */
export async function findMatches(ctx: ServiceContext, query: SearchQuery): Promise<RankedMatch[]> {
  assertPropertyInScope(ctx, query.propertyId);
  const probes = planLookup(query.q, query.limit);
  const rows = await termsWithPrefixes(ctx.db, query.propertyId, probes);
  const results = probes.map((probe, i) => ({ probe, rows: rows[i]! }));
  return rankMatches(results, query.limit);
}

/** The one-box desk lookup: people, units and vehicles of one property, best match first. */
export async function searchDirectory(
  ctx: ServiceContext,
  query: SearchQuery,
  locale: Locale = 'zh-CN',
): Promise<{ items: SearchResult[]; tookMs: number }> {
  const started = performance.now();
  const items = await buildResults(ctx, await findMatches(ctx, query), locale);
  return { items, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

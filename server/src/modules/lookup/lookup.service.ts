import type { Locale, searchQuerySchema, SearchResult } from '@qiantai/contracts';
import type { z } from 'zod';
import { assertPropertyInScope, type ServiceContext } from '../../platform/context.js';
import { termsWithPrefix } from './lookup-index.repository.js';
import { planLookup } from './lookup-plan.js';
import { rankMatches } from './lookup-rank.js';
import { buildResults } from './lookup-results.js';

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** The one-box desk lookup: people, units and vehicles of one property, best match first. */
export async function searchDirectory(
  ctx: ServiceContext,
  query: SearchQuery,
  locale: Locale = 'zh-CN',
): Promise<{ items: SearchResult[]; tookMs: number }> {
  const started = performance.now();
  assertPropertyInScope(ctx, query.propertyId);
  const probes = planLookup(query.q, query.limit);
  const results = await Promise.all(
    probes.map(async (probe) => ({ probe, rows: await termsWithPrefix(ctx.db, query.propertyId, probe) })),
  );
  const items = await buildResults(ctx, rankMatches(results, query.limit), locale);
  return { items, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

import type { SearchResult } from '@qiantai/contracts';
import type { Agent } from '../../test/harness.js';

// Searching as the desk does: through GET /api/v1/directory/search.

export async function search(agent: Agent, propertyId: string, q: string, limit?: number) {
  const params = new URLSearchParams({ propertyId, q, ...(limit ? { limit: String(limit) } : {}) });
  return agent.request('GET', `/api/v1/directory/search?${params.toString()}`);
}

export async function results(agent: Agent, propertyId: string, q: string): Promise<SearchResult[]> {
  const res = await search(agent, propertyId, q);
  if (res.statusCode !== 200) throw new Error(`search ${q}: ${res.statusCode} ${res.body}`);
  return res.json<{ items: SearchResult[] }>().items;
}

/** "person:张晓明", "unit:3-2-1502", "vehicle:粤B12345": what the desk sees, in order. */
export const titles = (items: readonly SearchResult[]) => items.map((r) => `${r.type}:${r.title}`);

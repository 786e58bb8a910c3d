import { z } from 'zod';

// The one-box desk lookup: people, units and vehicles by name, pinyin, initials, phone tail, unit
// spelling or plate. Results carry masked phones only.
export const SEARCH_RESULT_TYPES = ['person', 'unit', 'vehicle'] as const;
export const SEARCH_MATCHES = ['name', 'pinyin', 'initials', 'phone', 'unit', 'plate'] as const;
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number];
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export const searchQuerySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  q: z.string().trim().min(1).max(40),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const searchResultSchema = z.object({
  type: z.enum(SEARCH_RESULT_TYPES),
  id: z.string(),
  /** What the desk reads first: the name, unit code or plate. */
  title: z.string(),
  /** Context: units and roles of a person (masked phone), occupants of a unit, owner of a vehicle. */
  subtitle: z.string(),
  matched: z.enum(SEARCH_MATCHES),
  /** The person card to open: the person, a unit's first occupant, a vehicle's owner. */
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchResponseSchema = z.object({ items: z.array(searchResultSchema), tookMs: z.number() });

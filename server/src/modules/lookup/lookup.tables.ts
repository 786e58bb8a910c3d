// The desk lookup: search terms, and what a result shows (decision 0009).
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { PersonRole, SearchMatch, SearchResultType } from '@qiantai/contracts';

export interface LookupTables {
  search_terms: SearchTermsTable;
  search_display: SearchDisplayTable;
  search_residences: SearchResidencesTable;
}

export interface SearchTermsTable {
  property_id: string;
  anchored: number;
  term: string;
  kind: SearchMatch;
  entity_type: SearchResultType;
  entity_id: string;
}

/**
 * What the desk lookup shows of a person, unit or vehicle (decision 0009): one row per entity,
 * written by the indexer with its search_terms rows. Phones are stored masked.
 */
export interface SearchDisplayTable {
  entity_id: string;
  entity_type: SearchResultType;
  property_id: string;
  /** The name, unit code or plate. */
  title: string;
  /** A person's masked mobile, a vehicle's colour and model; '' for a unit. */
  detail: string;
  /** A vehicle's owner. */
  person_id: string | null;
}

/**
 * What the desk lookup shows of a person, unit or vehicle (decision 0009): one row per entity,
 * written by the indexer with its search_terms rows. Phones are stored masked.
 */
export interface SearchDisplayTable {
  entity_id: string;
  entity_type: SearchResultType;
  property_id: string;
  /** The name, unit code or plate. */
  title: string;
  /** A person's masked mobile, a vehicle's colour and model; '' for a unit. */
  detail: string;
  /** A vehicle's owner. */
  person_id: string | null;
}

/**
 * The lookup's copy of residence links (person_units), two rows per link: the person's row names the
 * unit (other_id), the unit's row names the person. The end date is kept: "current" is decided when
 * a search runs.
 */
export interface SearchResidencesTable {
  link_id: string;
  /** The person or unit whose result shows this line. */
  entity_id: string;
  /** The unit (on a person's line) or the person (on a unit's line). */
  other_id: string;
  property_id: string;
  role: PersonRole;
  until_date: string | null;
  created_at: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends LookupTables {}
}

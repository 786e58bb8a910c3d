// People and where they live (person_units: owner, tenant, household, emergency contact).
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { Gender, IdDocumentType, PersonRole } from '@qiantai/contracts';

export interface PeopleTables {
  people: PeopleTable;
  person_units: PersonUnitsTable;
}

export interface PeopleTable {
  id: string;
  property_id: string;
  name: string;
  gender: Gender;
  mobile: string | null;
  /** JSON array of strings. */
  other_phones: string;
  id_type: IdDocumentType | null;
  /** AES-256-GCM ciphertext (platform/privacy/crypto.ts); never leaves the server except by reveal. */
  id_number_enc: string | null;
  /** HMAC-SHA256 of the normalised number, for exact matching without decrypting. */
  id_number_hash: string | null;
  id_number_masked: string | null;
  language: string;
  notes: string;
  /** Pinyin of the name (lookup personSortKey): lists order people by it. "C" collation on PostgreSQL. */
  sort_key: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface PersonUnitsTable {
  id: string;
  property_id: string;
  person_id: string;
  unit_id: string;
  role: PersonRole;
  from_date: string | null;
  until_date: string | null;
  created_at: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends PeopleTables {}
}

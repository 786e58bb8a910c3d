// The desk's phone book.
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { PhonebookCategory, PhonebookScope } from '@qiantai/contracts';

export interface PhonebookTables {
  phonebook_entries: PhonebookEntriesTable;
}

export interface PhonebookEntriesTable {
  id: string;
  property_id: string;
  scope: PhonebookScope;
  category: PhonebookCategory;
  name: string;
  name_en: string;
  phone: string;
  extension: string;
  department_id: string | null;
  on_duty: number;
  note: string;
  sort: number;
  created_at: number;
  updated_at: number;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends PhonebookTables {}
}

// The desk's phone book.
// Kysely table types: db/schema.ts gathers every module's into Database.
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

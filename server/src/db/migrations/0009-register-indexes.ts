import type { Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * The register list's indexes, measured by `npm run bench:register` at 1M records (decision 0010).
 *
 * - Every list index ends in (created_at, id), the list's whole sort order: a page is read in order
 *   from the index and rows skipped by OFFSET are never looked up in the table; the capped count
 *   reads the index alone. With created_at only, every candidate row was fetched to sort on id.
 * - (kind, status) and (department_id) without status: a filter on both kind and status, and a
 *   department's whole queue, read one ordered range instead of filtering a longer one row by row.
 * Several statuses at once (open, overdue) are read one ordered range per status and merged
 * (service-records.repository.ts#listRecords).
 */
const LIST_INDEXES: Record<string, string[]> = {
  service_records_list: ['property_id', 'created_at', 'id'],
  // With the deadline columns, "overdue" (open statuses past a deadline) is answered from the index.
  service_records_list_status: [
    'property_id',
    'status',
    'created_at',
    'id',
    'paused_at',
    'responded_at',
    'respond_due_at',
    'done_at',
    'resolve_due_at',
  ],
  service_records_list_kind: ['property_id', 'kind', 'created_at', 'id'],
  service_records_list_kind_status: ['property_id', 'kind', 'status', 'created_at', 'id'],
  service_records_list_department: ['property_id', 'department_id', 'created_at', 'id'],
  service_records_list_department_status: ['property_id', 'department_id', 'status', 'created_at', 'id'],
};

/** The 0008 indexes these replace (each is a prefix of a new one, without the id). */
const REPLACED = [
  'service_records_created',
  'service_records_status',
  'service_records_department',
  'service_records_kind',
];

export function registerIndexesMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      for (const [name, columns] of Object.entries(LIST_INDEXES))
        await db.schema.createIndex(name).on('service_records').columns(columns).execute();
      for (const name of REPLACED) await db.schema.dropIndex(name).execute();
    },
  };
}

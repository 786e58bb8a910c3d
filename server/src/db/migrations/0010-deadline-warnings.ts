import { sql, type Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * When each deadline's warning falls (decision 0010): the moment the warning job runs, stored with
 * the deadline so that the register turns a countdown amber at that same moment. Computed in the
 * deadline's own calendar (business hours or wall clock) from when it was last set; the screens
 * used to guess it from the wall-clock time since the record was made, which on business-hours
 * deadlines turned records amber over the night before the warning.
 *
 * Existing records get the default 80 % of the wall-clock time from creation to the deadline: the
 * exact moment depends on the calendar and on pauses, which a migration does not replay.
 */
export function deadlineWarningsMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema.alterTable('service_records').addColumn('respond_warn_at', 'bigint').execute();
      await db.schema.alterTable('service_records').addColumn('resolve_warn_at', 'bigint').execute();
      await backfillWarnTimes(db);
    },
  };
}

/** Existing records' warning times: 80 % of the way from creation to each deadline, whole ms. */
export async function backfillWarnTimes(db: MigrationDb) {
  await sql`UPDATE service_records SET
    respond_warn_at = created_at + (respond_due_at - created_at) * 4 / 5,
    resolve_warn_at = created_at + (resolve_due_at - created_at) * 4 / 5`.execute(db);
}

import type { Db } from '../../db/database.js';
import type { EscalationLevelsTable } from './service-config.tables.js';

export type EscalationLevelRow = EscalationLevelsTable;

export async function listLevels(db: Db, propertyId: string) {
  return db
    .selectFrom('escalation_levels')
    .selectAll()
    .where('property_id', '=', propertyId)
    .orderBy('level')
    .execute();
}

/**
 * Removes the list only if it is still at `version`: a writer that lost a race deletes nothing
 * (PostgreSQL re-checks the condition on rows a concurrent writer replaced) and reports a conflict.
 */
export async function deleteLevels(db: Db, propertyId: string, version: number) {
  const result = await db
    .deleteFrom('escalation_levels')
    .where('property_id', '=', propertyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertLevels(db: Db, rows: EscalationLevelRow[]) {
  if (rows.length) await db.insertInto('escalation_levels').values(rows).execute();
}

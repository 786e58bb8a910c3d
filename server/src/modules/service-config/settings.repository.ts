import type { Db } from '../../db/database.js';
import type { ServiceSettingsTable } from './service-config.tables.js';

export type SettingsRow = ServiceSettingsTable;

export async function findSettings(db: Db, propertyId: string) {
  return db
    .selectFrom('service_settings')
    .selectAll()
    .where('property_id', '=', propertyId)
    .executeTakeFirst();
}

export async function insertSettings(db: Db, row: SettingsRow) {
  await db.insertInto('service_settings').values(row).execute();
}

export async function updateSettings(
  db: Db,
  propertyId: string,
  version: number,
  patch: Partial<SettingsRow>,
) {
  const result = await db
    .updateTable('service_settings')
    .set({ ...patch, version: version + 1 })
    .where('property_id', '=', propertyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

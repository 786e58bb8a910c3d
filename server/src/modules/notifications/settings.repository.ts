import type { Db } from '../../db/database.js';
import type { NotificationSettingsTable } from './notifications.tables.js';

export type SettingsRow = NotificationSettingsTable;

export async function findSections(db: Db, propertyId: string) {
  return db.selectFrom('notification_settings').selectAll().where('property_id', '=', propertyId).execute();
}

export async function findSection(db: Db, propertyId: string, section: SettingsRow['section']) {
  return db
    .selectFrom('notification_settings')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('section', '=', section)
    .executeTakeFirst();
}

/** Sections switched on, for the properties given. */
export async function enabledSections(db: Db, propertyIds: readonly string[]) {
  return db
    .selectFrom('notification_settings')
    .select(['property_id', 'section'])
    .where('property_id', 'in', [...propertyIds, ''])
    .where('enabled', '=', 1)
    .execute();
}

/** The first save of a section; false when someone saved it first. */
export async function insertSection(db: Db, row: SettingsRow): Promise<boolean> {
  const r = await db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((oc) => oc.columns(['property_id', 'section']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Updates only when the version still matches; false when someone else saved in between. */
export async function updateSection(
  db: Db,
  propertyId: string,
  section: SettingsRow['section'],
  version: number,
  patch: Pick<SettingsRow, 'enabled' | 'config' | 'secret' | 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const r = await db
    .updateTable('notification_settings')
    .set({ ...patch, version: version + 1 })
    .where('property_id', '=', propertyId)
    .where('section', '=', section)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

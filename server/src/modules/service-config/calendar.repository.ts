import type { Db } from '../../db/database.js';
import type { BusinessHoursTable, HolidaysTable } from './service-config.tables.js';

export type BusinessHoursRow = BusinessHoursTable;
export type HolidayRow = HolidaysTable;

export async function findBusinessHours(db: Db, propertyId: string) {
  return db.selectFrom('business_hours').selectAll().where('property_id', '=', propertyId).executeTakeFirst();
}

export async function insertBusinessHours(db: Db, row: BusinessHoursRow) {
  await db.insertInto('business_hours').values(row).execute();
}

export async function updateBusinessHours(
  db: Db,
  propertyId: string,
  version: number,
  weekly: string,
  now: number,
) {
  const result = await db
    .updateTable('business_hours')
    .set({ weekly, updated_at: now, version: version + 1 })
    .where('property_id', '=', propertyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Holidays between two dates, both included (YYYY-MM-DD compares as text). */
export async function listHolidays(db: Db, propertyId: string, from?: string, to?: string) {
  let query = db.selectFrom('holidays').selectAll().where('property_id', '=', propertyId);
  if (from) query = query.where('date', '>=', from);
  if (to) query = query.where('date', '<=', to);
  return query.orderBy('date').execute();
}

export async function findHoliday(db: Db, id: string) {
  return db.selectFrom('holidays').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findHolidayOn(db: Db, propertyId: string, date: string) {
  return db
    .selectFrom('holidays')
    .select('id')
    .where('property_id', '=', propertyId)
    .where('date', '=', date)
    .executeTakeFirst();
}

export async function insertHolidays(db: Db, rows: HolidayRow[]) {
  if (rows.length) await db.insertInto('holidays').values(rows).execute();
}

export async function deleteHoliday(db: Db, id: string) {
  await db.deleteFrom('holidays').where('id', '=', id).execute();
}

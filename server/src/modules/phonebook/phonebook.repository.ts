import type { Db } from '../../db/database.js';
import type { PhonebookEntriesTable } from './phonebook.tables.js';

export type PhonebookRow = PhonebookEntriesTable;

export async function listEntries(db: Db, propertyId: string, scope?: PhonebookRow['scope']) {
  let query = db.selectFrom('phonebook_entries').selectAll().where('property_id', '=', propertyId);
  if (scope) query = query.where('scope', '=', scope);
  return query.orderBy('scope').orderBy('sort').orderBy('name').execute();
}

export async function findEntry(db: Db, id: string) {
  return db.selectFrom('phonebook_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEntries(db: Db, rows: PhonebookRow[]) {
  if (rows.length) await db.insertInto('phonebook_entries').values(rows).execute();
}

/** Updates only when the version still matches; false when someone else changed the line first. */
export async function updateEntry(
  db: Db,
  id: string,
  version: number,
  patch: Partial<PhonebookRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('phonebook_entries')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes only when the version still matches; false when someone else changed the line first. */
export async function deleteEntry(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('phonebook_entries')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

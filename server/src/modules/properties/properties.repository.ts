import type { Db } from '../../db/database.js';
import type { DepartmentsTable, PropertiesTable } from '../../db/schema.js';

export async function findProperties(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('properties')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('code')
    .execute();
}

export async function findDepartments(db: Db, propertyId: string) {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('property_id', '=', propertyId)
    .orderBy('code')
    .execute();
}

export async function findDepartment(db: Db, id: string) {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProperty(db: Db, row: PropertiesTable) {
  await db.insertInto('properties').values(row).execute();
}

export async function insertDepartments(db: Db, rows: DepartmentsTable[]) {
  if (rows.length) await db.insertInto('departments').values(rows).execute();
}

export async function countProperties(db: Db) {
  const r = await db
    .selectFrom('properties')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPropertyByCode(db: Db, code: string) {
  return db.selectFrom('properties').select('id').where('code', '=', code).executeTakeFirst();
}

/** The one place that writes a property assignment outside user administration: a creator joins their property. */
export async function assignUser(db: Db, userId: string, propertyId: string) {
  await db.insertInto('user_properties').values({ user_id: userId, property_id: propertyId }).execute();
}

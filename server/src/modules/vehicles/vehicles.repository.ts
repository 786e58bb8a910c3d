import type { Db } from '../../db/database.js';
import type { VehiclesTable } from './vehicles.tables.js';
import { containsText } from '../../db/like.js';

export type VehicleRow = VehiclesTable;

export async function findVehicle(db: Db, id: string) {
  return db.selectFrom('vehicles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findVehicles(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('vehicles')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('plate')
    .execute();
}

export async function findVehicleByPlate(db: Db, propertyId: string, plate: string) {
  return db
    .selectFrom('vehicles')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('plate', '=', plate)
    .executeTakeFirst();
}

export async function vehiclesOfPeople(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('vehicles')
    .selectAll()
    .where('person_id', 'in', [...personIds])
    .orderBy('plate')
    .execute();
}

export interface VehicleFilter {
  propertyId: string;
  personId?: string;
  /** Part of a normalised plate, without LIKE wildcards. */
  plate?: string;
}

export async function listVehicles(db: Db, f: VehicleFilter, page: number, pageSize: number) {
  let query = db.selectFrom('vehicles').where('property_id', '=', f.propertyId);
  if (f.personId) query = query.where('person_id', '=', f.personId);
  if (f.plate) query = query.where(containsText('plate', f.plate));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('plate')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertVehicle(db: Db, row: VehicleRow) {
  await db.insertInto('vehicles').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the vehicle first. */
export async function updateVehicle(
  db: Db,
  id: string,
  version: number,
  patch: Partial<VehicleRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('vehicles')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

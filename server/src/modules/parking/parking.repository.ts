import type { Db } from '../../db/database.js';
import type { ParkingSpacesTable } from './parking.tables.js';
import { containsText } from '../../db/like.js';

export type ParkingSpaceRow = ParkingSpacesTable;

export async function findParkingSpace(db: Db, id: string) {
  return db.selectFrom('parking_spaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findParkingSpaceByNumber(db: Db, propertyId: string, number: string) {
  return db
    .selectFrom('parking_spaces')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function parkingOfPeople(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('parking_spaces')
    .selectAll()
    .where('holder_person_id', 'in', [...personIds])
    .orderBy('number')
    .execute();
}

export interface ParkingFilter {
  propertyId: string;
  status?: ParkingSpaceRow['status'];
  /** What the desk typed, as part of a space number and as part of a linked plate (no LIKE wildcards). */
  search?: { number: string; plate: string };
}

export async function listParkingSpaces(db: Db, f: ParkingFilter, page: number, pageSize: number) {
  let query = db.selectFrom('parking_spaces').where('property_id', '=', f.propertyId);
  if (f.status) query = query.where('status', '=', f.status);
  const search = f.search;
  if (search) {
    // Plates are stored as a JSON array of normalised plates, so a substring match finds them too.
    query = query.where((eb) =>
      eb.or([containsText('number', search.number), containsText('plates', search.plate)]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('zone')
    .orderBy('number')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertParkingSpace(db: Db, row: ParkingSpaceRow) {
  await db.insertInto('parking_spaces').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the space first. */
export async function updateParkingSpace(
  db: Db,
  id: string,
  version: number,
  patch: Partial<ParkingSpaceRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('parking_spaces')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

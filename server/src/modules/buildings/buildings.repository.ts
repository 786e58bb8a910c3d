import type { Db } from '../../db/database.js';
import type { BuildingsTable } from './buildings.tables.js';

export type BuildingRow = BuildingsTable;

export async function findBuilding(db: Db, id: string) {
  return db.selectFrom('buildings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBuildingByCode(db: Db, propertyId: string, code: string) {
  return db
    .selectFrom('buildings')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The buildings of a property, each with how many units it has. */
export async function listBuildings(db: Db, propertyId: string) {
  const rows = await db
    .selectFrom('buildings')
    .selectAll('buildings')
    .select((eb) =>
      eb
        .selectFrom('units')
        .whereRef('units.building_id', '=', 'buildings.id')
        .select((u) => u.fn.countAll<number>().as('n'))
        .as('unit_count'),
    )
    .where('property_id', '=', propertyId)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ ...r, unit_count: Number(r.unit_count ?? 0) }));
}

export async function countUnitsOf(db: Db, buildingId: string) {
  const r = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('building_id', '=', buildingId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertBuilding(db: Db, row: BuildingRow) {
  await db.insertInto('buildings').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the row first. */
export async function updateBuildingRow(
  db: Db,
  id: string,
  version: number,
  patch: Partial<BuildingRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('buildings')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

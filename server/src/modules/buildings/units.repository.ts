import type { Db } from '../../db/database.js';
import type { UnitsTable } from './buildings.tables.js';
import { containsText } from '../../db/like.js';

export type UnitRow = UnitsTable;

/** Units joined with their building's code, which every unit answer carries. */
function selectUnits(db: Db) {
  return db
    .selectFrom('units')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .selectAll('units')
    .select('buildings.code as building_code');
}

export type UnitWithBuilding = Awaited<ReturnType<typeof findUnit>> & {};

export async function findUnit(db: Db, id: string) {
  return selectUnits(db).where('units.id', '=', id).executeTakeFirst();
}

export async function findUnits(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return selectUnits(db)
    .where('units.id', 'in', [...ids])
    .orderBy('units.code')
    .execute();
}

export async function findUnitByCode(db: Db, propertyId: string, code: string) {
  return selectUnits(db)
    .where('units.property_id', '=', propertyId)
    .where('units.code', '=', code)
    .executeTakeFirst();
}

export interface UnitFilter {
  propertyId: string;
  buildingId?: string;
  type?: UnitRow['type'];
  /** Part of the unit code, upper case, without LIKE wildcards. */
  codeContains?: string;
}

export async function listUnits(db: Db, f: UnitFilter, page: number, pageSize: number) {
  let query = db.selectFrom('units').where('units.property_id', '=', f.propertyId);
  if (f.buildingId) query = query.where('units.building_id', '=', f.buildingId);
  if (f.type) query = query.where('units.type', '=', f.type);
  if (f.codeContains) query = query.where(containsText('units.code', f.codeContains));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .selectAll('units')
    .select('buildings.code as building_code')
    .orderBy('units.code')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertUnit(db: Db, row: UnitRow) {
  await db.insertInto('units').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the row first. */
export async function updateUnitRow(
  db: Db,
  id: string,
  version: number,
  patch: Partial<UnitRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('units')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

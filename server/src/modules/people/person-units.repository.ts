import type { Db } from '../../db/database.js';
import type { PersonUnitsTable } from './people.tables.js';

export type PersonUnitRow = PersonUnitsTable;

/** Links with the person's name (the unit code comes from the buildings service). */
function selectLinks(db: Db) {
  return db
    .selectFrom('person_units')
    .innerJoin('people', 'people.id', 'person_units.person_id')
    .selectAll('person_units')
    .select('people.name as person_name');
}

/** Current links first (no end date), then past ones, most recently ended first. */
const byResidence = <Q extends ReturnType<typeof selectLinks>>(query: Q) =>
  query
    .orderBy((eb) => eb.fn.coalesce('person_units.until_date', eb.val('9999-12-31')), 'desc')
    .orderBy('person_units.created_at')
    .orderBy('person_units.id');

export type PersonUnitWithName = Awaited<ReturnType<typeof linksOfPeople>>[number];

export async function linksOfPeople(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return byResidence(selectLinks(db).where('person_units.person_id', 'in', [...personIds])).execute();
}

export async function linksOfUnits(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return byResidence(selectLinks(db).where('person_units.unit_id', 'in', [...unitIds])).execute();
}

export async function findLink(db: Db, id: string) {
  return selectLinks(db).where('person_units.id', '=', id).executeTakeFirst();
}

export async function insertLink(db: Db, row: PersonUnitRow) {
  await db.insertInto('person_units').values(row).execute();
}

export async function setLinkUntil(db: Db, id: string, until: string) {
  await db.updateTable('person_units').set({ until_date: until }).where('id', '=', id).execute();
}

export async function updateLink(
  db: Db,
  id: string,
  patch: Pick<PersonUnitRow, 'role' | 'from_date' | 'until_date'>,
) {
  await db.updateTable('person_units').set(patch).where('id', '=', id).execute();
}

import type { IdDocumentType } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { PeopleTable, PersonUnitsTable } from './people.tables.js';
import { containsText } from '../../db/like.js';

export type PersonRow = PeopleTable;

export async function findPerson(db: Db, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPeople(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('people')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('sort_key')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Exact match on the keyed hash of an ID number: no decryption, no plain number in the query. */
export async function findPersonByIdHash(db: Db, propertyId: string, idType: IdDocumentType, hash: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('id_type', '=', idType)
    .where('id_number_hash', '=', hash)
    .executeTakeFirst();
}

/** The person of the property with exactly this name and mobile (null: no mobile on file). */
export async function findPersonByNameAndMobile(
  db: Db,
  propertyId: string,
  name: string,
  mobile: string | null,
) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('name', '=', name)
    .where('mobile', mobile === null ? 'is' : '=', mobile)
    .orderBy('id')
    .executeTakeFirst();
}

export interface PersonFilter {
  propertyId: string;
  unitId?: string;
  role?: PersonUnitsTable['role'];
  /** Lower-case part of the name, without LIKE wildcards. */
  nameContains?: string;
  /** Only links current on this date (YYYY-MM-DD) count for the unit and role filters. */
  today: string;
}

export async function listPeople(db: Db, f: PersonFilter, page: number, pageSize: number) {
  let query = db.selectFrom('people').where('people.property_id', '=', f.propertyId);
  if (f.nameContains) {
    query = query.where(containsText('people.name', f.nameContains));
  }
  if (f.unitId || f.role) {
    const { unitId, role, today } = f;
    query = query.where((eb) => {
      let links = eb
        .selectFrom('person_units as pu')
        .select('pu.id')
        .whereRef('pu.person_id', '=', 'people.id')
        .where((l) => l.or([l('pu.until_date', 'is', null), l('pu.until_date', '>=', today)]));
      if (unitId) links = links.where('pu.unit_id', '=', unitId);
      if (role) links = links.where('pu.role', '=', role);
      return eb.exists(links);
    });
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('people')
    .orderBy('people.sort_key')
    .orderBy('people.name')
    .orderBy('people.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertPerson(db: Db, row: PersonRow) {
  await db.insertInto('people').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the row first. */
export async function updatePersonRow(
  db: Db,
  id: string,
  version: number,
  patch: Partial<PersonRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

import type { Db } from '../../db/database.js';
import type { LeasesTable } from './leases.tables.js';

export type LeaseRow = LeasesTable;

export async function findLease(db: Db, id: string) {
  return db.selectFrom('leases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function leasesOfTenants(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('leases')
    .selectAll()
    .where('tenant_person_id', 'in', [...personIds])
    .orderBy('end_date', 'desc')
    .execute();
}

export interface LeaseFilter {
  propertyId: string;
  status?: LeaseRow['status'];
  unitId?: string;
  tenantPersonId?: string;
  /** Inclusive range of end dates (YYYY-MM-DD). */
  endBetween?: { from: string; to: string };
}

export async function listLeases(db: Db, f: LeaseFilter, page: number, pageSize: number) {
  let query = db.selectFrom('leases').where('property_id', '=', f.propertyId);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.unitId) query = query.where('unit_id', '=', f.unitId);
  if (f.tenantPersonId) query = query.where('tenant_person_id', '=', f.tenantPersonId);
  if (f.endBetween)
    query = query.where('end_date', '>=', f.endBetween.from).where('end_date', '<=', f.endBetween.to);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Expiring first: the list answers "whose lease runs out next".
  const rows = await query
    .selectAll()
    .orderBy('end_date', f.endBetween ? 'asc' : 'desc')
    .orderBy('id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertLease(db: Db, row: LeaseRow) {
  await db.insertInto('leases').values(row).execute();
}

/** Updates only when the version still matches; false when someone else changed the lease first. */
export async function updateLease(
  db: Db,
  id: string,
  version: number,
  patch: Partial<LeaseRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('leases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

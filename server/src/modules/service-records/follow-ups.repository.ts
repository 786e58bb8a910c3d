import type { FollowUpStatus } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { ServiceFollowUpsTable } from './service-records.tables.js';

export type FollowUpRow = ServiceFollowUpsTable;

export async function insertFollowUp(db: Db, row: FollowUpRow) {
  await db.insertInto('service_follow_ups').values(row).execute();
}

export async function cancelPendingOf(db: Db, recordId: string, now: number) {
  await db
    .updateTable('service_follow_ups')
    .set((eb) => ({ status: 'cancelled', updated_at: now, version: eb('version', '+', 1) }))
    .where('record_id', '=', recordId)
    .where('status', '=', 'pending')
    .execute();
}

export async function findFollowUp(db: Db, id: string) {
  return db.selectFrom('service_follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface FollowUpFilter {
  propertyId: string;
  status: FollowUpStatus;
  dueBefore?: number;
}

export async function listFollowUps(db: Db, f: FollowUpFilter, offset: number, limit: number) {
  let query = db
    .selectFrom('service_follow_ups')
    .where('property_id', '=', f.propertyId)
    .where('status', '=', f.status);
  if (f.dueBefore !== undefined) query = query.where('due_at', '<', f.dueBefore);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('due_at').orderBy('id').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function updateFollowUp(db: Db, id: string, version: number, changes: Partial<FollowUpRow>) {
  const result = await db
    .updateTable('service_follow_ups')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ids per IN list: well under either database's limit on bound parameters. */
const ID_CHUNK = 1_000;

/** The follow-up calls of these records (cancelled ones left out), oldest first, for the register's sheet. */
export async function followUpsOfRecords(db: Db, recordIds: readonly string[]): Promise<FollowUpRow[]> {
  const out: FollowUpRow[] = [];
  for (let i = 0; i < recordIds.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom('service_follow_ups')
      .selectAll()
      .where('record_id', 'in', recordIds.slice(i, i + ID_CHUNK))
      .where('status', '!=', 'cancelled')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    out.push(...rows);
  }
  return out;
}

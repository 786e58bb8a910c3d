import type { ServiceKind, ServiceSeverity } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { SlaPoliciesTable } from './service-config.tables.js';

export type SlaPolicyRow = SlaPoliciesTable;

export async function listPolicies(db: Db, propertyId: string) {
  return db
    .selectFrom('sla_policies')
    .selectAll()
    .where('property_id', '=', propertyId)
    .orderBy('kind')
    .orderBy('severity')
    .orderBy('category_id')
    .execute();
}

/** The policies that could apply to a record: its kind and severity, any category. */
export async function policiesFor(db: Db, propertyId: string, kind: ServiceKind, severity: ServiceSeverity) {
  return db
    .selectFrom('sla_policies')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('kind', '=', kind)
    .where('severity', '=', severity)
    .execute();
}

export async function findPolicy(db: Db, id: string) {
  return db.selectFrom('sla_policies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPolicyByKey(
  db: Db,
  key: Pick<SlaPolicyRow, 'property_id' | 'kind' | 'severity' | 'category_id'>,
) {
  let query = db
    .selectFrom('sla_policies')
    .select('id')
    .where('property_id', '=', key.property_id)
    .where('kind', '=', key.kind)
    .where('severity', '=', key.severity);
  query = key.category_id
    ? query.where('category_id', '=', key.category_id)
    : query.where('category_id', 'is', null);
  return query.executeTakeFirst();
}

export async function insertPolicies(db: Db, rows: SlaPolicyRow[]) {
  if (rows.length) await db.insertInto('sla_policies').values(rows).execute();
}

export async function updatePolicy(db: Db, id: string, version: number, patch: Partial<SlaPolicyRow>) {
  const result = await db
    .updateTable('sla_policies')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePolicy(db: Db, id: string, version: number) {
  const result = await db
    .deleteFrom('sla_policies')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

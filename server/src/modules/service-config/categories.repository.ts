import type { ServiceKind } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { ServiceCategoriesTable } from './service-config.tables.js';

export type CategoryRow = ServiceCategoriesTable;

/** A property's categories are a few dozen rows: read whole, ordered for display. */
export async function listCategories(db: Db, propertyId: string, kind?: ServiceKind) {
  let query = db.selectFrom('service_categories').selectAll().where('property_id', '=', propertyId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('sort').orderBy('name').execute();
}

export async function findCategory(db: Db, id: string) {
  return db.selectFrom('service_categories').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Siblings: the same parent, or the top level of the same kind. */
export async function findSiblingByName(
  db: Db,
  at: Pick<CategoryRow, 'property_id' | 'kind' | 'parent_id'>,
  name: string,
) {
  let query = db
    .selectFrom('service_categories')
    .select('id')
    .where('property_id', '=', at.property_id)
    .where('kind', '=', at.kind)
    .where('name', '=', name);
  query = at.parent_id ? query.where('parent_id', '=', at.parent_id) : query.where('parent_id', 'is', null);
  return query.executeTakeFirst();
}

export async function insertCategories(db: Db, rows: CategoryRow[]) {
  if (rows.length) await db.insertInto('service_categories').values(rows).execute();
}

/** Updates only when the version still matches; false when someone else changed it first. */
export async function updateCategory(db: Db, id: string, version: number, patch: Partial<CategoryRow>) {
  const result = await db
    .updateTable('service_categories')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

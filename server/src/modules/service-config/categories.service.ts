import {
  SERVICE_CATEGORY_MAX_DEPTH,
  type CreateServiceCategoryBody,
  type ServiceCategory,
  type ServiceKind,
  type UpdateServiceCategoryBody,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditedFields } from '../../platform/audit/audit-writer.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { conflictOn, invalid, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { departmentWithin } from '../properties/index.js';
import * as repo from './categories.repository.js';

// The category tree of a property: kind (报修) → group (水电) → item (漏水). A category that was
// used is never deleted: it is deactivated, stays on old records, and its subtree is no longer offered.

export function toCategory(row: repo.CategoryRow): ServiceCategory {
  return {
    id: row.id,
    propertyId: row.property_id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    nameEn: row.name_en,
    defaultDepartmentId: row.default_department_id,
    sort: row.sort,
    active: row.active === 1,
    version: row.version,
  };
}
const CATEGORY = { entityType: 'service_category', view: auditedFields<ServiceCategory> };

/** Active and under active parents only: deactivating a group hides what lies under it. */
function offered(rows: repo.CategoryRow[]): repo.CategoryRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const isOffered = (r: repo.CategoryRow | undefined): boolean =>
    !!r && r.active === 1 && (r.parent_id === null || isOffered(byId.get(r.parent_id)));
  return rows.filter(isOffered);
}

export async function listCategories(
  ctx: ServiceContext,
  q: { propertyId: string; kind?: ServiceKind; includeInactive?: 'true' | 'false' },
): Promise<ServiceCategory[]> {
  assertPropertyInScope(ctx, q.propertyId);
  const rows = await repo.listCategories(ctx.db, q.propertyId, q.kind);
  return (q.includeInactive === 'true' ? rows : offered(rows)).map(toCategory);
}

/** The chain from the top-level category down to `row` (at most three rows). */
async function lineage(ctx: ServiceContext, row: repo.CategoryRow): Promise<repo.CategoryRow[]> {
  const chain = [row];
  for (let at = row; at.parent_id && chain.length <= SERVICE_CATEGORY_MAX_DEPTH;) {
    const parent = await repo.findCategory(ctx.db, at.parent_id);
    if (!parent) break;
    chain.unshift(parent);
    at = parent;
  }
  return chain;
}

async function checkDepartment(ctx: ServiceContext, departmentId: string | null, propertyId: string) {
  if (departmentId && !(await departmentWithin(ctx, departmentId, [propertyId])))
    throw invalid('directory.unknownDepartment', 'defaultDepartmentId');
}

async function checkNameFree(
  ctx: ServiceContext,
  at: Pick<repo.CategoryRow, 'property_id' | 'kind' | 'parent_id'>,
  name: string,
  self?: string,
) {
  const taken = await repo.findSiblingByName(ctx.db, at, name);
  if (taken && taken.id !== self) throw conflictOn('serviceConfig.categoryNameTaken', 'name');
}

/** Inserts categories the caller has checked; one audit entry each unless `quiet` (the seed logs once). */
export async function insertCategories(ctx: ServiceContext, rows: repo.CategoryRow[], quiet = false) {
  await repo.insertCategories(ctx.db, rows);
  if (quiet) return;
  for (const row of rows)
    await auditCreate(ctx, { action: 'serviceConfig.category.create', ...CATEGORY, entity: toCategory(row) });
}

export async function createCategory(
  ctx: ServiceContext,
  body: CreateServiceCategoryBody,
): Promise<ServiceCategory> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    if (body.parentId) {
      const parent = await repo.findCategory(tx.db, body.parentId);
      if (!parent || parent.property_id !== body.propertyId)
        throw invalid('serviceConfig.unknownParent', 'parentId');
      if (parent.kind !== body.kind) throw invalid('serviceConfig.parentKindMismatch', 'parentId');
      const chain = await lineage(tx, parent);
      if (chain.length >= SERVICE_CATEGORY_MAX_DEPTH)
        throw invalid('serviceConfig.categoryTooDeep', 'parentId');
      if (chain.some((c) => c.active !== 1)) throw invalid('serviceConfig.parentInactive', 'parentId');
    }
    await checkDepartment(tx, body.defaultDepartmentId, body.propertyId);
    const at = { property_id: body.propertyId, kind: body.kind, parent_id: body.parentId };
    await checkNameFree(tx, at, body.name);
    const now = tx.now();
    const row: repo.CategoryRow = {
      id: newId(now),
      ...at,
      name: body.name,
      name_en: body.nameEn,
      default_department_id: body.defaultDepartmentId,
      sort: body.sort,
      active: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertCategories(tx, [row]);
    return toCategory(row);
  });
}

export async function updateCategory(
  ctx: ServiceContext,
  id: string,
  body: UpdateServiceCategoryBody,
): Promise<ServiceCategory> {
  return inTransaction(ctx, async (tx) => {
    const before = requireInScope(tx, await repo.findCategory(tx.db, id));
    if (before.version !== body.version) throw staleVersion(before.version);
    if (body.defaultDepartmentId !== undefined)
      await checkDepartment(tx, body.defaultDepartmentId, before.property_id);
    if (body.name !== undefined && body.name !== before.name) await checkNameFree(tx, before, body.name, id);
    const patch: Partial<repo.CategoryRow> = {
      name: body.name ?? before.name,
      name_en: body.nameEn ?? before.name_en,
      default_department_id:
        body.defaultDepartmentId === undefined ? before.default_department_id : body.defaultDepartmentId,
      sort: body.sort ?? before.sort,
      active: body.active === undefined ? before.active : body.active ? 1 : 0,
      updated_at: tx.now(),
    };
    if (!(await repo.updateCategory(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = toCategory({ ...before, ...patch, version: body.version + 1 });
    const activeChanged = patch.active !== before.active;
    await auditUpdate(tx, {
      action: activeChanged
        ? `serviceConfig.category.${after.active ? 'reactivate' : 'deactivate'}`
        : 'serviceConfig.category.update',
      ...CATEGORY,
      before: toCategory(before),
      after,
    });
    return after;
  });
}

export interface CategoryInfo {
  id: string;
  kind: ServiceKind;
  name: string;
  nameEn: string;
  defaultDepartmentId: string | null;
  /** Names from the top level down to this category: ['水电', '漏水']. */
  path: string[];
  pathEn: string[];
  /** Ids from the top level down, this category last (what SLA policies are looked up by). */
  lineage: string[];
  /** Offered to the desk: itself and every parent active. */
  active: boolean;
}

/**
 * The category if it belongs to `propertyId` (the records module has checked the caller's scope).
 * Its default department is the nearest one set on it or a parent.
 */
export async function categoryWithin(
  ctx: ServiceContext,
  categoryId: string,
  propertyId: string,
): Promise<CategoryInfo | null> {
  const row = await repo.findCategory(ctx.db, categoryId);
  if (!row || row.property_id !== propertyId) return null;
  const chain = await lineage(ctx, row);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameEn: row.name_en,
    defaultDepartmentId: chain.findLast((c) => c.default_department_id)?.default_department_id ?? null,
    path: chain.map((c) => c.name),
    pathEn: chain.map((c) => c.name_en || c.name),
    lineage: chain.map((c) => c.id),
    active: chain.every((c) => c.active === 1),
  };
}

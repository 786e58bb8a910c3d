import type { Building, createBuildingBodySchema, updateBuildingBodySchema } from '@qiantai/contracts';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { conflictOn, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import * as repo from './buildings.repository.js';

export type CreateBuildingBody = z.output<typeof createBuildingBodySchema>;
export type UpdateBuildingBody = z.output<typeof updateBuildingBodySchema>;

const toBuilding = (r: repo.BuildingRow, unitCount: number): Building => ({
  id: r.id,
  propertyId: r.property_id,
  code: r.code,
  name: r.name,
  floors: r.floors,
  note: r.note,
  unitCount,
  version: r.version,
});

/** The fields of a building the audit log records. */
const auditView = (b: Building) => ({ code: b.code, name: b.name, floors: b.floors, note: b.note });

export async function buildingsOf(ctx: ServiceContext, propertyId: string): Promise<Building[]> {
  assertPropertyInScope(ctx, propertyId);
  return (await repo.listBuildings(ctx.db, propertyId)).map((r) => toBuilding(r, r.unit_count));
}

/** A building within the caller's properties; any other is "not found". */
export async function requireBuilding(ctx: ServiceContext, id: string): Promise<Building> {
  const row = requireInScope(ctx, await repo.findBuilding(ctx.db, id));
  return toBuilding(row, await repo.countUnitsOf(ctx.db, id));
}

export async function createBuilding(ctx: ServiceContext, body: CreateBuildingBody): Promise<Building> {
  return inTransaction(ctx, async (tx) => {
    assertPropertyInScope(tx, body.propertyId);
    if (await repo.findBuildingByCode(tx.db, body.propertyId, body.code))
      throw conflictOn('directory.buildingCodeTaken', 'code');
    const now = tx.now();
    const row: repo.BuildingRow = {
      id: newId(now),
      property_id: body.propertyId,
      code: body.code,
      name: body.name,
      floors: body.floors,
      note: body.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertBuilding(tx.db, row);
    const building = toBuilding(row, 0);
    await auditCreate(tx, {
      action: 'building.create',
      entityType: 'building',
      entity: building,
      view: auditView,
    });
    return building;
  });
}

export async function updateBuilding(
  ctx: ServiceContext,
  id: string,
  body: UpdateBuildingBody,
): Promise<Building> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireBuilding(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const patch = {
      name: body.name ?? before.name,
      floors: body.floors === undefined ? before.floors : body.floors,
      note: body.note ?? before.note,
    };
    const updated = await repo.updateBuildingRow(tx.db, id, body.version, {
      ...patch,
      updated_at: tx.now(),
    });
    if (!updated) throw staleVersion(before.version);
    const after: Building = { ...before, ...patch, version: body.version + 1 };
    await auditUpdate(tx, {
      action: 'building.update',
      entityType: 'building',
      before,
      after,
      view: auditView,
    });
    return after;
  });
}

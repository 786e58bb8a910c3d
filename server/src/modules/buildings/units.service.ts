import {
  parseUnitQuery,
  unitCode,
  type createUnitBodySchema,
  type Unit,
  type unitListQuerySchema,
  type updateUnitBodySchema,
} from '@qiantai/contracts';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { conflictOn, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { requireBuilding } from './buildings.service.js';
import * as repo from './units.repository.js';
import { reindexUnit } from './unit-index.js';

export type CreateUnitBody = z.output<typeof createUnitBodySchema>;
export type UpdateUnitBody = z.output<typeof updateUnitBodySchema>;
export type UnitListQuery = z.output<typeof unitListQuerySchema>;

type UnitWithBuilding = NonNullable<Awaited<ReturnType<typeof repo.findUnit>>>;

const toUnit = (r: UnitWithBuilding): Unit => ({
  id: r.id,
  propertyId: r.property_id,
  buildingId: r.building_id,
  buildingCode: r.building_code,
  entrance: r.entrance,
  room: r.room,
  code: r.code,
  floor: r.floor,
  areaSqm: r.area_sqm === null ? null : Number(r.area_sqm),
  type: r.type,
  note: r.note,
  version: r.version,
});

/** The fields of a unit the audit log records. */
const auditView = (u: Unit) => ({
  code: u.code,
  floor: u.floor,
  areaSqm: u.areaSqm,
  type: u.type,
  note: u.note,
});

/** Units by id, limited to the caller's properties (others are left out, not reported). */
export async function unitsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Unit[]> {
  const scope = requireActor(ctx).propertyIds;
  const rows = await repo.findUnits(ctx.db, [...new Set(ids)]);
  return rows.filter((r) => scope.includes(r.property_id)).map(toUnit);
}

/** A unit within the caller's properties; any other is "not found". */
export async function requireUnit(ctx: ServiceContext, unitId: string): Promise<Unit> {
  const row = requireInScope(ctx, await repo.findUnit(ctx.db, unitId));
  return toUnit(row);
}

export async function findUnitByCode(
  ctx: ServiceContext,
  propertyId: string,
  code: string,
): Promise<Unit | null> {
  assertPropertyInScope(ctx, propertyId);
  const row = await repo.findUnitByCode(ctx.db, propertyId, code.trim().toUpperCase());
  return row ? toUnit(row) : null;
}

/** "3栋2单元1502" and "3-2-1502" find the same unit; anything else matches as part of the code. */
function codeFragment(q: string): string {
  const parts = parseUnitQuery(q);
  const text = parts?.building ? unitCode(parts.building, parts.entrance, parts.room) : q;
  return text.toUpperCase().replace(/[\s%_\\]/g, '');
}

export async function listUnits(ctx: ServiceContext, q: UnitListQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  const codeContains = q.q ? codeFragment(q.q) : undefined;
  const { rows, total } = await repo.listUnits(
    ctx.db,
    { propertyId: q.propertyId, buildingId: q.buildingId, type: q.type, codeContains },
    q.page,
    q.pageSize,
  );
  return { items: rows.map(toUnit), total, page: q.page, pageSize: q.pageSize };
}

export async function createUnit(ctx: ServiceContext, body: CreateUnitBody): Promise<Unit> {
  return inTransaction(ctx, async (tx) => {
    const building = await requireBuilding(tx, body.buildingId);
    const code = unitCode(building.code, body.entrance, body.room);
    if (await repo.findUnitByCode(tx.db, building.propertyId, code))
      throw conflictOn('directory.unitCodeTaken', 'room');
    const now = tx.now();
    const row: repo.UnitRow = {
      id: newId(now),
      property_id: building.propertyId,
      building_id: building.id,
      entrance: body.entrance,
      room: body.room,
      code,
      floor: body.floor,
      area_sqm: body.areaSqm,
      type: body.type,
      note: body.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertUnit(tx.db, row);
    const unit = toUnit({ ...row, building_code: building.code });
    await auditCreate(tx, { action: 'unit.create', entityType: 'unit', entity: unit, view: auditView });
    await reindexUnit(tx, unit);
    return unit;
  });
}

export async function updateUnit(ctx: ServiceContext, id: string, body: UpdateUnitBody): Promise<Unit> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireUnit(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const patch = {
      floor: body.floor === undefined ? before.floor : body.floor,
      area_sqm: body.areaSqm === undefined ? before.areaSqm : body.areaSqm,
      type: body.type ?? before.type,
      note: body.note ?? before.note,
    };
    const updated = await repo.updateUnitRow(tx.db, id, body.version, { ...patch, updated_at: tx.now() });
    if (!updated) throw staleVersion(before.version);
    const after: Unit = {
      ...before,
      floor: patch.floor,
      areaSqm: patch.area_sqm,
      type: patch.type,
      note: patch.note,
      version: body.version + 1,
    };
    await auditUpdate(tx, { action: 'unit.update', entityType: 'unit', before, after, view: auditView });
    await reindexUnit(tx, after);
    return after;
  });
}

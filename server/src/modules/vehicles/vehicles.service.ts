import type { z } from 'zod';
import {
  normalizePlate,
  type Vehicle,
  type createVehicleBodySchema,
  type updateVehicleBodySchema,
  type vehicleListQuerySchema,
} from '@qiantai/contracts';
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
import { indexVehicle } from '../lookup/index.js';
import { personNamesByIds } from '../people/index.js';
import { requirePersonOf } from '../people/index.js';
import * as repo from './vehicles.repository.js';

export type VehicleListQuery = z.output<typeof vehicleListQuerySchema>;
export type CreateVehicleBody = z.output<typeof createVehicleBodySchema>;
export type UpdateVehicleBody = z.output<typeof updateVehicleBodySchema>;

const toVehicle = (row: repo.VehicleRow, names: ReadonlyMap<string, string>): Vehicle => ({
  id: row.id,
  propertyId: row.property_id,
  plate: row.plate,
  model: row.model,
  colour: row.colour,
  personId: row.person_id,
  personName: row.person_id ? (names.get(row.person_id) ?? null) : null,
  note: row.note,
  version: row.version,
});

const auditView = (v: Vehicle) => ({
  plate: v.plate,
  model: v.model,
  colour: v.colour,
  personId: v.personId,
  note: v.note,
});

/** Rows as the API shows them, with the owner's name filled in (two queries for a whole page). */
async function withNames(ctx: ServiceContext, rows: readonly repo.VehicleRow[]): Promise<Vehicle[]> {
  const personIds = rows.flatMap((r) => (r.person_id ? [r.person_id] : []));
  const names = await personNamesByIds(ctx, personIds);
  return rows.map((r) => toVehicle(r, names));
}

/** What the desk lookup finds a vehicle by and shows of it (the owner's name it joins in itself). */
const vehicleToIndex = (row: repo.VehicleRow) => ({
  id: row.id,
  propertyId: row.property_id,
  plate: row.plate,
  colour: row.colour,
  model: row.model,
  personId: row.person_id,
});

const inScope = (ctx: ServiceContext, rows: readonly repo.VehicleRow[]) => {
  const scope = requireActor(ctx).propertyIds;
  return rows.filter((r) => scope.includes(r.property_id));
};

export async function listVehicles(ctx: ServiceContext, q: VehicleListQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  const plate = q.q ? normalizePlate(q.q).replace(/[%_\\]/g, '') : undefined;
  const { rows, total } = await repo.listVehicles(
    ctx.db,
    { propertyId: q.propertyId, personId: q.personId, plate },
    q.page,
    q.pageSize,
  );
  return { items: await withNames(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

async function loadInScope(ctx: ServiceContext, id: string) {
  return requireInScope(ctx, await repo.findVehicle(ctx.db, id));
}

export async function getVehicle(ctx: ServiceContext, id: string): Promise<Vehicle> {
  const [vehicle] = await withNames(ctx, [await loadInScope(ctx, id)]);
  return vehicle!;
}

/** Vehicles of these people (the person card), limited to the caller's properties. */
export async function vehiclesOfPeople(
  ctx: ServiceContext,
  personIds: readonly string[],
): Promise<Vehicle[]> {
  return withNames(ctx, inScope(ctx, await repo.vehiclesOfPeople(ctx.db, [...new Set(personIds)])));
}

/** Vehicles by id (the desk lookup's hits), limited to the caller's properties. */
export async function vehiclesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Vehicle[]> {
  return withNames(ctx, inScope(ctx, await repo.findVehicles(ctx.db, [...new Set(ids)])));
}

/** The vehicle with this plate (any spelling: 粤b·12345 finds 粤B12345), or null. */
export async function findVehicleByPlate(
  ctx: ServiceContext,
  propertyId: string,
  plate: string,
): Promise<Vehicle | null> {
  assertPropertyInScope(ctx, propertyId);
  const row = await repo.findVehicleByPlate(ctx.db, propertyId, normalizePlate(plate));
  return row ? (await withNames(ctx, [row]))[0]! : null;
}

export async function createVehicle(ctx: ServiceContext, body: CreateVehicleBody): Promise<Vehicle> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    if (body.personId) await requirePersonOf(tx, body.personId, body.propertyId, 'personId');
    if (await repo.findVehicleByPlate(tx.db, body.propertyId, body.plate))
      throw conflictOn('directory.plateTaken', 'plate');
    const now = tx.now();
    const row: repo.VehicleRow = {
      id: newId(now),
      property_id: body.propertyId,
      plate: body.plate,
      model: body.model,
      colour: body.colour,
      person_id: body.personId,
      note: body.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertVehicle(tx.db, row);
    await indexVehicle(tx, vehicleToIndex(row));
    const [vehicle] = await withNames(tx, [row]);
    await auditCreate(tx, {
      action: 'vehicle.create',
      entityType: 'vehicle',
      entity: vehicle!,
      view: auditView,
    });
    return vehicle!;
  });
}

export async function updateVehicle(
  ctx: ServiceContext,
  id: string,
  body: UpdateVehicleBody,
): Promise<Vehicle> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    if (body.personId) await requirePersonOf(tx, body.personId, before.property_id, 'personId');
    const patch: Partial<repo.VehicleRow> = {
      model: body.model ?? before.model,
      colour: body.colour ?? before.colour,
      person_id: body.personId === undefined ? before.person_id : body.personId,
      note: body.note ?? before.note,
      updated_at: tx.now(),
    };
    if (!(await repo.updateVehicle(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = { ...before, ...patch, version: body.version + 1 };
    await indexVehicle(tx, vehicleToIndex(after));
    const [prev, next] = await withNames(tx, [before, after]);
    await auditUpdate(tx, {
      action: 'vehicle.update',
      entityType: 'vehicle',
      before: prev!,
      after: next!,
      view: auditView,
    });
    return next!;
  });
}

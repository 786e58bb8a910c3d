import type { z } from 'zod';
import {
  normalizePlate,
  type ParkingSpace,
  type createParkingSpaceBodySchema,
  type parkingListQuerySchema,
  type updateParkingSpaceBodySchema,
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
import { personNamesByIds } from '../people/index.js';
import { requirePersonOf } from '../people/index.js';
import * as repo from './parking.repository.js';

export type ParkingListQuery = z.output<typeof parkingListQuerySchema>;
export type CreateParkingSpaceBody = z.output<typeof createParkingSpaceBodySchema>;
export type UpdateParkingSpaceBody = z.output<typeof updateParkingSpaceBodySchema>;

/** Space numbers are codes painted on the floor: "b2-017" and "B2-017" are one space. */
const normalizeNumber = (n: string) => n.trim().toUpperCase();
const wildcardFree = (s: string) => s.replace(/[%_\\]/g, '');

const toParkingSpace = (row: repo.ParkingSpaceRow, names: ReadonlyMap<string, string>): ParkingSpace => ({
  id: row.id,
  propertyId: row.property_id,
  number: row.number,
  zone: row.zone,
  type: row.type,
  status: row.status,
  holderPersonId: row.holder_person_id,
  holderName: row.holder_person_id ? (names.get(row.holder_person_id) ?? null) : null,
  plates: JSON.parse(row.plates) as string[],
  note: row.note,
  version: row.version,
});

const auditView = (p: ParkingSpace) => ({
  number: p.number,
  zone: p.zone,
  type: p.type,
  status: p.status,
  holderPersonId: p.holderPersonId,
  plates: p.plates,
  note: p.note,
});

async function withNames(ctx: ServiceContext, rows: readonly repo.ParkingSpaceRow[]) {
  const names = await personNamesByIds(
    ctx,
    rows.flatMap((r) => (r.holder_person_id ? [r.holder_person_id] : [])),
  );
  return rows.map((r) => toParkingSpace(r, names));
}

export async function listParkingSpaces(ctx: ServiceContext, q: ParkingListQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  const search = q.q
    ? { number: wildcardFree(normalizeNumber(q.q)), plate: wildcardFree(normalizePlate(q.q)) }
    : undefined;
  const { rows, total } = await repo.listParkingSpaces(
    ctx.db,
    { propertyId: q.propertyId, status: q.status, search },
    q.page,
    q.pageSize,
  );
  return { items: await withNames(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

async function loadInScope(ctx: ServiceContext, id: string) {
  return requireInScope(ctx, await repo.findParkingSpace(ctx.db, id));
}

export async function getParkingSpace(ctx: ServiceContext, id: string): Promise<ParkingSpace> {
  return (await withNames(ctx, [await loadInScope(ctx, id)]))[0]!;
}

/** Spaces these people hold (the person card), limited to the caller's properties. */
export async function parkingOfPeople(ctx: ServiceContext, personIds: readonly string[]) {
  const scope = requireActor(ctx).propertyIds;
  const rows = await repo.parkingOfPeople(ctx.db, [...new Set(personIds)]);
  return withNames(
    ctx,
    rows.filter((r) => scope.includes(r.property_id)),
  );
}

export async function findParkingSpaceByNumber(
  ctx: ServiceContext,
  propertyId: string,
  number: string,
): Promise<ParkingSpace | null> {
  assertPropertyInScope(ctx, propertyId);
  const row = await repo.findParkingSpaceByNumber(ctx.db, propertyId, normalizeNumber(number));
  return row ? (await withNames(ctx, [row]))[0]! : null;
}

const uniquePlates = (plates: readonly string[]) => [...new Set(plates)];

export async function createParkingSpace(
  ctx: ServiceContext,
  body: CreateParkingSpaceBody,
): Promise<ParkingSpace> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const number = normalizeNumber(body.number);
    if (body.holderPersonId)
      await requirePersonOf(tx, body.holderPersonId, body.propertyId, 'holderPersonId');
    if (await repo.findParkingSpaceByNumber(tx.db, body.propertyId, number))
      throw conflictOn('directory.parkingNumberTaken', 'number');
    const now = tx.now();
    const row: repo.ParkingSpaceRow = {
      id: newId(now),
      property_id: body.propertyId,
      number,
      zone: body.zone,
      type: body.type,
      status: body.status,
      holder_person_id: body.holderPersonId,
      plates: JSON.stringify(uniquePlates(body.plates)),
      note: body.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertParkingSpace(tx.db, row);
    const [space] = await withNames(tx, [row]);
    await auditCreate(tx, {
      action: 'parking.create',
      entityType: 'parking_space',
      entity: space!,
      view: auditView,
    });
    return space!;
  });
}

export async function updateParkingSpace(
  ctx: ServiceContext,
  id: string,
  body: UpdateParkingSpaceBody,
): Promise<ParkingSpace> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    if (body.holderPersonId)
      await requirePersonOf(tx, body.holderPersonId, before.property_id, 'holderPersonId');
    const patch: Partial<repo.ParkingSpaceRow> = {
      zone: body.zone ?? before.zone,
      type: body.type ?? before.type,
      status: body.status ?? before.status,
      holder_person_id: body.holderPersonId === undefined ? before.holder_person_id : body.holderPersonId,
      plates: body.plates ? JSON.stringify(uniquePlates(body.plates)) : before.plates,
      note: body.note ?? before.note,
      updated_at: tx.now(),
    };
    if (!(await repo.updateParkingSpace(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const [prev, next] = await withNames(tx, [before, { ...before, ...patch, version: body.version + 1 }]);
    await auditUpdate(tx, {
      action: 'parking.update',
      entityType: 'parking_space',
      before: prev!,
      after: next!,
      view: auditView,
    });
    return next!;
  });
}

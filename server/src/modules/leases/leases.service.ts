import type { z } from 'zod';
import type {
  Lease,
  createLeaseBodySchema,
  leaseListQuerySchema,
  updateLeaseBodySchema,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { invalid, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { requireUnit } from '../buildings/index.js';
import { requirePersonOf } from '../people/index.js';
import { addDays } from '../../platform/time/calendar.js';
import { todayAtProperty } from '../properties/index.js';
import { scheduleLeaseReminders, type ReminderDeps } from './lease-reminders.js';
import { auditView, toLease, toLeases } from './lease-view.js';
import * as repo from './leases.repository.js';

export type LeaseListQuery = z.output<typeof leaseListQuerySchema>;
export type CreateLeaseBody = z.output<typeof createLeaseBodySchema>;
export type UpdateLeaseBody = z.output<typeof updateLeaseBodySchema>;

export async function listLeases(ctx: ServiceContext, q: LeaseListQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  let endBetween: repo.LeaseFilter['endBetween'];
  if (q.expiringWithinDays !== undefined) {
    const today = await todayAtProperty(ctx, q.propertyId);
    endBetween = { from: today, to: addDays(today, q.expiringWithinDays) };
  }
  // "Expiring" is about leases still running, unless the caller asks for a status explicitly.
  const status = q.status ?? (endBetween ? 'active' : undefined);
  const { rows, total } = await repo.listLeases(
    ctx.db,
    { propertyId: q.propertyId, status, unitId: q.unitId, tenantPersonId: q.tenantPersonId, endBetween },
    q.page,
    q.pageSize,
  );
  return { items: await toLeases(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The lease row within the caller's properties; any other is "not found". */
export async function requireLeaseRow(ctx: ServiceContext, id: string): Promise<repo.LeaseRow> {
  return requireInScope(ctx, await repo.findLease(ctx.db, id));
}

export async function getLease(ctx: ServiceContext, id: string): Promise<Lease> {
  return toLease(ctx, await requireLeaseRow(ctx, id));
}

/** Leases of these tenants (the person card), limited to the caller's properties. */
export async function leasesOfPeople(ctx: ServiceContext, personIds: readonly string[]): Promise<Lease[]> {
  const scope = requireActor(ctx).propertyIds;
  const rows = await repo.leasesOfTenants(ctx.db, [...new Set(personIds)]);
  return toLeases(
    ctx,
    rows.filter((r) => scope.includes(r.property_id)),
  );
}

/** A lease of a unit in the caller's properties to a person of the same property; reminders scheduled. */
export async function createLease(
  ctx: ServiceContext,
  deps: ReminderDeps,
  body: CreateLeaseBody,
): Promise<Lease> {
  return inTransaction(ctx, async (tx) => {
    const unit = await requireUnit(tx, body.unitId);
    await requirePersonOf(tx, body.tenantPersonId, unit.propertyId, 'tenantPersonId');
    const now = tx.now();
    const row: repo.LeaseRow = {
      id: newId(now),
      property_id: unit.propertyId,
      unit_id: unit.id,
      tenant_person_id: body.tenantPersonId,
      start_date: body.startDate,
      end_date: body.endDate,
      rent_fen: body.rentFen,
      deposit_fen: body.depositFen,
      status: 'active',
      contract_file_id: null,
      note: body.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertLease(tx.db, row);
    await scheduleLeaseReminders(tx, deps, row);
    const lease = await toLease(tx, row);
    await auditCreate(tx, { action: 'lease.create', entityType: 'lease', entity: lease, view: auditView });
    return lease;
  });
}

/** Changes a lease; a new end date or a return to active reschedules its reminders. */
export async function updateLease(
  ctx: ServiceContext,
  deps: ReminderDeps,
  id: string,
  body: UpdateLeaseBody,
): Promise<Lease> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireLeaseRow(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const endDate = body.endDate ?? before.end_date;
    if (endDate < before.start_date) throw invalid('validation.leaseDates', 'endDate');
    const patch: Partial<repo.LeaseRow> = {
      end_date: endDate,
      rent_fen: body.rentFen ?? before.rent_fen,
      deposit_fen: body.depositFen ?? before.deposit_fen,
      status: body.status ?? before.status,
      note: body.note ?? before.note,
      updated_at: tx.now(),
    };
    if (!(await repo.updateLease(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = { ...before, ...patch, version: body.version + 1 };
    if (after.end_date !== before.end_date || after.status !== before.status)
      await scheduleLeaseReminders(tx, deps, after);
    const [prev, next] = await Promise.all([toLease(tx, before), toLease(tx, after)]);
    await auditUpdate(tx, {
      action: 'lease.update',
      entityType: 'lease',
      before: prev,
      after: next,
      view: auditView,
    });
    return next;
  });
}

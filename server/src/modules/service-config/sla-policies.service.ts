import type {
  CreateSlaPolicyBody,
  ServiceKind,
  ServiceSeverity,
  SlaPolicy,
  UpdateSlaPolicyBody,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditedFields, diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { conflictOn, invalid, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { WALL_CLOCK, type BusinessCalendar } from './business-time.js';
import { businessCalendarOf } from './calendar.service.js';
import { categoryWithin } from './categories.service.js';
import * as repo from './sla-policies.repository.js';

const MINUTE_MS = 60_000;

export function toSlaPolicy(row: repo.SlaPolicyRow): SlaPolicy {
  return {
    id: row.id,
    propertyId: row.property_id,
    kind: row.kind,
    severity: row.severity,
    categoryId: row.category_id,
    name: row.name,
    nameEn: row.name_en,
    respondMinutes: row.respond_minutes,
    resolveMinutes: row.resolve_minutes,
    businessHours: row.business_hours === 1,
    version: row.version,
  };
}

export async function listSlaPolicies(ctx: ServiceContext, propertyId: string): Promise<SlaPolicy[]> {
  assertPropertyInScope(ctx, propertyId);
  return (await repo.listPolicies(ctx.db, propertyId)).map(toSlaPolicy);
}

async function audit(
  ctx: ServiceContext,
  action: 'create' | 'update' | 'delete',
  before: SlaPolicy | null,
  after: SlaPolicy | null,
) {
  const p = (after ?? before)!;
  await writeAudit(ctx, {
    action: `serviceConfig.slaPolicy.${action}`,
    entityType: 'sla_policy',
    entityId: p.id,
    propertyId: p.propertyId,
    changes: diffFields(before && auditedFields(before), after && auditedFields(after)),
  });
}

/** Inserts policies the caller has checked; one audit entry each unless `quiet` (the seed logs once). */
export async function insertSlaPolicies(ctx: ServiceContext, rows: repo.SlaPolicyRow[], quiet = false) {
  await repo.insertPolicies(ctx.db, rows);
  if (!quiet) for (const row of rows) await audit(ctx, 'create', null, toSlaPolicy(row));
}

export async function createSlaPolicy(ctx: ServiceContext, body: CreateSlaPolicyBody): Promise<SlaPolicy> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    if (body.categoryId) {
      const category = await categoryWithin(tx, body.categoryId, body.propertyId);
      if (!category) throw invalid('serviceConfig.unknownCategory', 'categoryId');
      if (category.kind !== body.kind) throw invalid('serviceConfig.categoryKindMismatch', 'categoryId');
    }
    const key = {
      property_id: body.propertyId,
      kind: body.kind,
      severity: body.severity,
      category_id: body.categoryId,
    };
    if (await repo.findPolicyByKey(tx.db, key))
      throw conflictOn('serviceConfig.slaPolicyTaken', body.categoryId ? 'categoryId' : 'severity');
    const now = tx.now();
    const row: repo.SlaPolicyRow = {
      id: newId(now),
      ...key,
      name: body.name,
      name_en: body.nameEn,
      respond_minutes: body.respondMinutes,
      resolve_minutes: body.resolveMinutes,
      business_hours: body.businessHours ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertSlaPolicies(tx, [row]);
    return toSlaPolicy(row);
  });
}

async function loadInScope(ctx: ServiceContext, id: string) {
  return requireInScope(ctx, await repo.findPolicy(ctx.db, id));
}

export async function updateSlaPolicy(
  ctx: ServiceContext,
  id: string,
  body: UpdateSlaPolicyBody,
): Promise<SlaPolicy> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const patch: Partial<repo.SlaPolicyRow> = {
      name: body.name ?? before.name,
      name_en: body.nameEn ?? before.name_en,
      respond_minutes: body.respondMinutes ?? before.respond_minutes,
      resolve_minutes: body.resolveMinutes ?? before.resolve_minutes,
      business_hours: body.businessHours === undefined ? before.business_hours : body.businessHours ? 1 : 0,
      updated_at: tx.now(),
    };
    // The contract checks the pair when both are sent; one alone is checked against the stored other.
    if (patch.resolve_minutes! < patch.respond_minutes!)
      throw invalid('serviceConfig.resolveBeforeRespond', 'resolveMinutes');
    if (!(await repo.updatePolicy(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = toSlaPolicy({ ...before, ...patch, version: body.version + 1 });
    await audit(tx, 'update', toSlaPolicy(before), after);
    return after;
  });
}

/** Policies may be deleted (records keep their computed deadlines); the audit entry keeps what it said. */
export async function deleteSlaPolicy(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== version) throw staleVersion(before.version);
    if (!(await repo.deletePolicy(tx.db, id, version))) throw staleVersion(before.version);
    await audit(tx, 'delete', toSlaPolicy(before), null);
  });
}

export interface AppliedSlaPolicy {
  respondMs: number;
  resolveMs: number;
  /** Business hours and holidays when the policy counts working time only, else wall-clock. */
  calendar: BusinessCalendar | 'wall';
  policyId: string;
}

/**
 * The policy for a new record: the category's own policy, else the nearest parent category's, else
 * the kind and severity's general one; null when the property has none (no deadlines are set).
 * The records module has checked the caller's scope.
 */
export async function slaPolicyFor(
  ctx: ServiceContext,
  propertyId: string,
  kind: ServiceKind,
  severity: ServiceSeverity,
  categoryId: string | null,
): Promise<AppliedSlaPolicy | null> {
  const candidates = await repo.policiesFor(ctx.db, propertyId, kind, severity);
  if (!candidates.length) return null;
  const category = categoryId ? await categoryWithin(ctx, categoryId, propertyId) : null;
  const nearestFirst = [...(category?.lineage ?? []).toReversed(), null];
  const policy = nearestFirst
    .map((c) => candidates.find((p) => p.category_id === c))
    .find((p) => p !== undefined);
  if (!policy) return null;
  return {
    respondMs: policy.respond_minutes * MINUTE_MS,
    resolveMs: policy.resolve_minutes * MINUTE_MS,
    calendar: policy.business_hours === 1 ? await businessCalendarOf(ctx, propertyId) : WALL_CLOCK,
    policyId: policy.id,
  };
}

import type { ServiceKind, ServiceSeverity } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { invalid } from '../../platform/errors.js';
import { deadlineAfter, shiftForPause } from '../service-config/index.js';
import { categoryWithin } from '../service-config/index.js';
import { slaPolicyFor } from '../service-config/index.js';
import type { RecordRow } from './service-records.repository.js';

// What the register takes from its configuration (the service-config module): categories and the
// deadlines their SLA policy gives.

export type CategoryPath = { name: string; nameEn: string }[];

/** Category paths (top first, both languages) of records, by category id. */
export async function categoryPathsOf(
  ctx: ServiceContext,
  of: readonly { categoryId: string; propertyId: string }[],
) {
  const out = new Map<string, CategoryPath>();
  for (const { categoryId, propertyId } of of) {
    if (out.has(categoryId)) continue;
    const category = await categoryWithin(ctx, categoryId, propertyId);
    if (category)
      out.set(
        categoryId,
        category.path.map((name, i) => ({ name, nameEn: category.pathEn[i] ?? name })),
      );
  }
  return out;
}

/** A category of the property for this kind, with its default department; a field error otherwise. */
export async function requireCategory(
  ctx: ServiceContext,
  categoryId: string,
  propertyId: string,
  kind: ServiceKind,
) {
  const category = await categoryWithin(ctx, categoryId, propertyId);
  if (!category || category.kind !== kind || !category.active)
    throw invalid('service.categoryNotOfKind', 'categoryId');
  return category;
}

/** What picks a record's SLA policy: a category's own policy comes before its kind's general one. */
export interface PolicyKey {
  kind: ServiceKind;
  severity: ServiceSeverity;
  categoryId: string | null;
}

/**
 * The policy key of a stored record. Every re-timing of a row goes through here: a row handed on
 * as it is names its category category_id, and the category's policy (5 min for a person trapped
 * in a lift) would silently give way to the kind's (30 min).
 */
export const policyKeyOf = (r: Pick<RecordRow, 'kind' | 'severity' | 'category_id'>): PolicyKey => ({
  kind: r.kind,
  severity: r.severity,
  categoryId: r.category_id,
});

/** The SLA policy that applies to the key at the property: one lookup for deadlines and their jobs. */
export const policyFor = (ctx: ServiceContext, propertyId: string, key: PolicyKey) =>
  slaPolicyFor(ctx, propertyId, key.kind, key.severity, key.categoryId);

export interface Deadlines {
  slaPolicyId: string | null;
  respondDueAt: number | null;
  resolveDueAt: number | null;
}

/** Deadlines of a record created (or re-timed) at `from`: none when no policy applies. */
export async function deadlinesFor(
  ctx: ServiceContext,
  propertyId: string,
  record: PolicyKey,
  from: number,
): Promise<Deadlines> {
  const policy = await policyFor(ctx, propertyId, record);
  if (!policy) return { slaPolicyId: null, respondDueAt: null, resolveDueAt: null };
  return {
    slaPolicyId: policy.policyId,
    respondDueAt: deadlineAfter(policy.calendar, from, policy.respondMs),
    resolveDueAt: deadlineAfter(policy.calendar, from, policy.resolveMs),
  };
}

/**
 * Deadlines after a pause (waiting on the customer): each moves on by the time that was paused,
 * counted in business time when the policy runs on business hours.
 */
export async function deadlinesAfterPause(
  ctx: ServiceContext,
  propertyId: string,
  record: PolicyKey,
  due: { respondDueAt: number | null; resolveDueAt: number | null },
  pausedAt: number,
  resumedAt: number,
) {
  const policy = await policyFor(ctx, propertyId, record);
  const calendar = policy?.calendar ?? 'wall';
  const shift = (at: number | null) =>
    at === null ? null : shiftForPause(calendar, at, pausedAt, resumedAt);
  return { respondDueAt: shift(due.respondDueAt), resolveDueAt: shift(due.resolveDueAt) };
}

import type { AuditAction } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../context.js';

export interface AuditInput {
  /** A code the contracts declare (AUDIT_ACTIONS): the audit page has a label for each. */
  action: AuditAction;
  entityType?: string | null;
  entityId?: string | null;
  propertyId?: string | null;
  changes?: Record<string, [unknown, unknown]> | null;
  detail?: Record<string, unknown> | null;
  /** For events before anyone is signed in (a failed login): who it was about. */
  actorUsername?: string | null;
}

/**
 * Appends one audit entry. Call it with the context of the transaction that makes the change, so
 * the change and its record commit together or not at all.
 */
export async function writeAudit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      id: newId(ctx.now()),
      at: ctx.now(),
      actor_user_id: ctx.actor?.userId ?? null,
      actor_username: ctx.actor?.username ?? input.actorUsername ?? null,
      ip: ctx.ip,
      action: input.action,
      entity_type: input.entityType ?? null,
      entity_id: input.entityId ?? null,
      property_id: input.propertyId ?? null,
      changes: input.changes ? JSON.stringify(input.changes) : null,
      detail: input.detail ? JSON.stringify(input.detail) : null,
      request_id: ctx.requestId,
    })
    .execute();
}

/**
 * What the audit log records of an entity: every field but the bookkeeping ones (id, property,
 * version), which the entry holds in its own columns or which change on every write.
 */
export function auditedFields<T extends { id?: string; propertyId: string; version?: number }>(
  entity: T,
): Omit<T, 'id' | 'propertyId' | 'version'> {
  const { id: _id, propertyId: _p, version: _v, ...fields } = entity;
  return fields;
}

/** Field-by-field difference of two snapshots, for the `changes` column: only what changed. */
export function diffFields<T extends Record<string, unknown>>(
  before: T | null,
  after: T | null,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  // Empty is empty: a new record's blank note or empty phone list is not a change worth a line.
  const valueOf = (v: unknown) => (v === '' || (Array.isArray(v) && v.length === 0) ? null : (v ?? null));
  for (const key of keys) {
    const a = valueOf(before?.[key]);
    const b = valueOf(after?.[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}

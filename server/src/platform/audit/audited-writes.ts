import type { AuditAction } from '@qiantai/contracts';
import type { ServiceContext } from '../context.js';
import { diffFields, writeAudit } from './audit-writer.js';

/** An entity as the audit log names it: its id, and its property when it belongs to one. */
interface Audited {
  id: string;
  propertyId?: string;
}

interface AuditedWrite<E extends Audited> {
  /** A code the contracts declare (AUDIT_ACTIONS). */
  action: AuditAction;
  entityType: string;
  /** What the entry records of the entity: `auditedFields`, or the module's own view of it. */
  view: (entity: E) => Record<string, unknown>;
  /** The entry's entity and property, when not the entity's own (a person's unit link is the person's). */
  entityId?: string;
  propertyId?: string | null;
  detail?: Record<string, unknown> | null;
}

const entryOf = <E extends Audited>(write: AuditedWrite<E>, entity: E) => ({
  action: write.action,
  entityType: write.entityType,
  entityId: write.entityId ?? entity.id,
  propertyId: write.propertyId === undefined ? (entity.propertyId ?? null) : write.propertyId,
  detail: write.detail ?? null,
});

/** The audit entry of a new entity, in the caller's transaction: each field it records, from nothing. */
export function auditCreate<E extends Audited>(
  ctx: ServiceContext,
  write: AuditedWrite<E> & { entity: E },
): Promise<void> {
  return writeAudit(ctx, {
    ...entryOf(write, write.entity),
    changes: diffFields(null, write.view(write.entity)),
  });
}

/** The audit entry of a change, in the caller's transaction: the recorded fields that changed. */
export function auditUpdate<E extends Audited>(
  ctx: ServiceContext,
  write: AuditedWrite<E> & { before: E; after: E },
): Promise<void> {
  return writeAudit(ctx, {
    ...entryOf(write, write.after),
    changes: diffFields(write.view(write.before), write.view(write.after)),
  });
}

/** The audit entry of a removal, in the caller's transaction: each field it recorded, to nothing. */
export function auditDelete<E extends Audited>(
  ctx: ServiceContext,
  write: AuditedWrite<E> & { entity: E },
): Promise<void> {
  return writeAudit(ctx, {
    ...entryOf(write, write.entity),
    changes: diffFields(write.view(write.entity), null),
  });
}

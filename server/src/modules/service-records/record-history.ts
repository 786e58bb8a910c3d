import type { ServiceAction, ServiceStatus } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { SYSTEM_USER_ID, type ServiceContext } from '../../platform/context.js';
import * as repo from './service-records.repository.js';

export interface HistoryEntry {
  action: ServiceAction | 'create' | 'update' | 'attach' | 'escalate' | 'sla_warning' | 'follow_up_unreached';
  fromStatus?: ServiceStatus | null;
  toStatus?: ServiceStatus | null;
  comment?: string;
  internal?: boolean;
  changes?: Record<string, { from: unknown; to: unknown }> | null;
}

/**
 * One line of the record's history, plus the audit entry, in the caller's transaction. The actor's
 * display name is written with it: the register prints who handled a record years later, whatever
 * happened to the account since.
 */
export async function appendHistory(ctx: ServiceContext, record: repo.RecordRow, entry: HistoryEntry) {
  // The system's lines name nobody: screens say 系统 / System in their own language.
  const actor = ctx.actor && ctx.actor.userId !== SYSTEM_USER_ID ? ctx.actor : null;
  const changes = entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null;
  await repo.insertEvent(ctx.db, {
    id: newId(ctx.now()),
    record_id: record.id,
    property_id: record.property_id,
    at: ctx.now(),
    action: entry.action,
    actor_user_id: actor?.userId ?? null,
    actor_name: actor?.displayName ?? null,
    from_status: entry.fromStatus ?? null,
    to_status: entry.toStatus ?? null,
    comment: entry.comment ?? '',
    internal: entry.internal === false ? 0 : 1,
    changes: changes ? JSON.stringify(changes) : null,
  });
  await writeAudit(ctx, {
    action: `service.record.${entry.action}`,
    entityType: 'service_record',
    entityId: record.id,
    propertyId: record.property_id,
    changes: changes
      ? Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, [v.from, v.to] as [unknown, unknown]]))
      : null,
    detail: entry.fromStatus !== entry.toStatus ? { from: entry.fromStatus, to: entry.toStatus } : null,
  });
}

/** What changed between two versions of a row, in the history's { from, to } shape. */
export function changesBetween(
  before: Partial<repo.RecordRow>,
  after: Partial<repo.RecordRow>,
  fields: readonly (keyof repo.RecordRow)[],
) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    if (after[f] !== undefined && after[f] !== before[f]) out[f] = { from: before[f] ?? null, to: after[f] };
  }
  return out;
}

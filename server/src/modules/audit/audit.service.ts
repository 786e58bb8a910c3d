import type { AuditEntry, AuditQuery } from '@qiantai/contracts';
import {
  assertPropertyInScope,
  requireActor,
  SYSTEM_USER_ID,
  type ServiceContext,
} from '../../platform/context.js';
import * as repo from './audit.repository.js';

type Row = Awaited<ReturnType<typeof repo.listAudit>>['rows'][number];

const parse = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

// The system's own work (seeding, jobs) has no person behind it: no name, so screens say 系统 / System.
const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorUsername: r.actor_user_id === SYSTEM_USER_ID ? null : r.actor_username,
  ip: r.ip,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  propertyId: r.property_id,
  changes: parse(r.changes),
  detail: parse(r.detail),
  requestId: r.request_id,
});

export async function listAuditEntries(ctx: ServiceContext, q: AuditQuery) {
  const actor = requireActor(ctx);
  if (q.propertyId && !actor.propertyIds.includes(q.propertyId))
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  // Company-wide means holding every property (admin and manager in the demo), not a role: an
  // administrator of one property reads that property's company-wide entries only.
  const scope = {
    userId: actor.userId,
    username: actor.username,
    propertyIds: actor.propertyIds,
    companyWide: await repo.coversEveryProperty(ctx.db, actor.propertyIds),
  };
  const { rows, total } = await repo.listAudit(ctx.db, { ...q, scope });
  return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}

/** The newest entries kept by a record's history view; older ones stay in the audit log. */
const HISTORY_LIMIT = 500;

/**
 * The history of one record (who changed what, newest first). It needs only the right to read the
 * record, not audit.read: the caller's module has already checked the record is theirs to see.
 */
export async function historyOf(
  ctx: ServiceContext,
  entityType: string,
  entityId: string,
  propertyId: string,
): Promise<AuditEntry[]> {
  assertPropertyInScope(ctx, propertyId);
  return (await repo.historyOf(ctx.db, entityType, entityId, propertyId, HISTORY_LIMIT)).map(toEntry);
}

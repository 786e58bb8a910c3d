import type { AuditEntry, AuditQuery } from '@qiantai/contracts';
import { requireActor, type ServiceContext } from '../../platform/context.js';
import * as repo from './audit.repository.js';

type Row = Awaited<ReturnType<typeof repo.listAudit>>['rows'][number];

const parse = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorUsername: r.actor_username,
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
  const scope = requireActor(ctx).propertyIds;
  if (q.propertyId && !scope.includes(q.propertyId))
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await repo.listAudit(ctx.db, { ...q, scopePropertyIds: scope });
  return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}

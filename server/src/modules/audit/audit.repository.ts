import type { AuditQuery } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import { startsWithText } from '../../db/like.js';

/** Entries of the caller's properties plus company-wide ones (sign-ins, user administration). */
export async function listAudit(db: Db, q: AuditQuery & { scopePropertyIds: readonly string[] }) {
  let query = db
    .selectFrom('audit_log')
    .where((eb) =>
      q.propertyId
        ? eb('property_id', '=', q.propertyId)
        : eb.or([eb('property_id', 'is', null), eb('property_id', 'in', [...q.scopePropertyIds, ''])]),
    );
  if (q.from !== undefined) query = query.where('at', '>=', q.from);
  if (q.to !== undefined) query = query.where('at', '<', q.to);
  if (q.actor) query = query.where('actor_username', '=', q.actor.toLowerCase());
  if (q.action) query = query.where(startsWithText('action', q.action));
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Every entry about one record of a property, newest first: the record's own history. */
export async function historyOf(
  db: Db,
  entityType: string,
  entityId: string,
  propertyId: string,
  limit: number,
) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('property_id', '=', propertyId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

import type { ExpressionBuilder } from 'kysely';
import type { AuditQuery } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import { startsWithText } from '../../db/like.js';
import type { Database } from '../../db/schema.js';

/** Whose audit log is read: the caller's properties, and whether they are the whole company. */
export interface AuditScope {
  userId: string;
  username: string;
  propertyIds: readonly string[];
  /** The caller holds every property, so nothing company-wide lies outside their scope. */
  companyWide: boolean;
}

/** True when no property lies outside `propertyIds`: the caller's scope is the whole company. */
export async function coversEveryProperty(db: Db, propertyIds: readonly string[]): Promise<boolean> {
  const outside = await db
    .selectFrom('properties')
    .select('id')
    .where('id', 'not in', [...propertyIds, ''])
    .limit(1)
    .executeTakeFirst();
  return !outside;
}

/**
 * The entries a caller may read: those of their properties, and of the company-wide ones (no
 * property: sign-ins, user administration) those that concern them. A company-wide caller reads
 * them all. Anyone else reads an entry without a property when its subject is themself or a user
 * assigned to one of their properties. The subject is the user the entry is about (entity_type
 * 'user': created, changed, signed in), else the actor who did it, else (a failed sign-in, before
 * anyone is known) the user whose name was typed. A user entity outranks its actor: a company
 * administrator is staff of every property, and the user they create for another one is not this
 * property's business. Users are judged by their assignments now, not when the entry was written.
 */
function visibleTo(db: Db, scope: AuditScope) {
  const properties = [...scope.propertyIds, ''];
  // user_properties is aliased so its property_id cannot be mistaken for the audit entry's.
  const usersInScope = db
    .selectFrom('user_properties as up')
    .select('up.user_id')
    .where('up.property_id', 'in', properties);
  const namesInScope = db
    .selectFrom('users as u')
    .innerJoin('user_properties as up', 'up.user_id', 'u.id')
    .select('u.username')
    .where('up.property_id', 'in', properties);
  return (eb: ExpressionBuilder<Database, 'audit_log'>) => {
    const ofMyProperties = eb('property_id', 'in', properties);
    if (scope.companyWide) return eb.or([ofMyProperties, eb('property_id', 'is', null)]);
    const aboutAUser = eb('entity_type', '=', 'user');
    const concernsMe = eb.or([
      eb('actor_user_id', '=', scope.userId),
      eb.and([aboutAUser, eb('entity_id', '=', scope.userId)]),
      eb.and([eb('actor_user_id', 'is', null), eb('actor_username', '=', scope.username)]),
    ]);
    const concernsMyStaff = eb.or([
      eb.and([aboutAUser, eb('entity_id', 'in', usersInScope)]),
      eb.and([
        eb.or([eb('entity_type', 'is', null), eb('entity_type', '<>', 'user')]),
        eb.or([
          eb('actor_user_id', 'in', usersInScope),
          eb.and([eb('actor_user_id', 'is', null), eb('actor_username', 'in', namesInScope)]),
        ]),
      ]),
    ]);
    return eb.or([
      ofMyProperties,
      eb.and([eb('property_id', 'is', null), eb.or([concernsMe, concernsMyStaff])]),
    ]);
  };
}

/** One page of the entries the scope may read, newest first, and how many there are in all. */
export async function listAudit(db: Db, q: AuditQuery & { scope: AuditScope }) {
  const { propertyId } = q;
  let query = db
    .selectFrom('audit_log')
    .where(propertyId ? (eb) => eb('property_id', '=', propertyId) : visibleTo(db, q.scope));
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

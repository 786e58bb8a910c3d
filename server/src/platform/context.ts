import { PERMISSIONS, type Permission, type Role } from '@qiantai/contracts';
import type { Db, Dialect } from '../db/database.js';
import type { LiveEventInput, LivePublisher } from './events/live-publisher.js';
import { forbidden, notFound } from './errors.js';

export interface Actor {
  userId: string;
  username: string;
  /** The name the register and the histories print for them, loaded with the session. */
  displayName: string;
  /** Their department (department staff work its queue), or null; loaded with the session. */
  departmentId: string | null;
  sessionId: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** The properties this user is assigned to: every read and write is limited to these. */
  propertyIds: readonly string[];
}

/** What a service needs to act: the database (or the open transaction), a clock, who acts and from where. */
export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  now: () => number;
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  /** Live events go out through this, after commit (`publishLive`). */
  events: LivePublisher;
  /** Inside `inTransaction`: the live events held until it commits. */
  heldEvents?: LiveEventInput[];
}

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw forbidden();
  return ctx.actor;
}

export function can(ctx: ServiceContext, permission: Permission): boolean {
  return ctx.actor?.permissions.has(permission) ?? false;
}

/** A record in a property the caller is not assigned to answers 404, so its existence does not leak. */
export function assertPropertyInScope(ctx: ServiceContext, propertyId: string | null | undefined): void {
  if (!propertyId || !requireActor(ctx).propertyIds.includes(propertyId)) throw notFound();
}

/**
 * Runs `work` in one transaction (BEGIN IMMEDIATE on SQLite), with the context pointing at it. The
 * live events it publishes go out after the commit, in order; a rollback drops them.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  const held: LiveEventInput[] = [];
  const result = await ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx, heldEvents: held }));
  for (const e of held) await ctx.events.publish(ctx, e);
  return result;
}

export const SYSTEM_USER_ID = 'system';

/**
 * The actor for work nobody signed in does: first-start bootstrap, the demo seed, jobs that write.
 * Its name is the one screens show for it (系统); histories and the audit log store none for it, so
 * each screen names it in its own language.
 */
export function systemActor(propertyIds: readonly string[]): Actor {
  return {
    userId: SYSTEM_USER_ID,
    username: 'system',
    displayName: '系统',
    departmentId: null,
    sessionId: SYSTEM_USER_ID,
    roles: ['admin'],
    permissions: new Set(PERMISSIONS),
    propertyIds,
  };
}

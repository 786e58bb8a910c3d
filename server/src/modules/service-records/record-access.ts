import { allowedActions, type Permission, type ServiceAction } from '@qiantai/contracts';
import { assertPropertyInScope, can, requireActor, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { RecordRow } from './service-records.repository.js';

/** What the caller may see of the register: all of a property's records, or one department's. */
export interface Viewer {
  userId: string;
  seesAll: boolean;
  departmentId: string | null;
  has(permission: Permission): boolean;
}

export function viewerOf(ctx: ServiceContext): Viewer {
  const actor = requireActor(ctx);
  return {
    userId: actor.userId,
    seesAll: can(ctx, 'service.read'),
    departmentId: actor.departmentId,
    has: (p) => actor.permissions.has(p),
  };
}

/** Working on the record as its department: department staff on their queue, the desk on its own. */
const worksOn = (v: Viewer, r: RecordRow) =>
  v.has('service.handle') &&
  ((v.departmentId !== null && r.department_id === v.departmentId) || r.assignee_user_id === v.userId);

/**
 * A record the caller may not see answers 404, exactly like another property's: department staff
 * learn nothing about records outside their queue.
 */
export function assertVisible(
  ctx: ServiceContext,
  v: Viewer,
  r: RecordRow | undefined,
): asserts r is RecordRow {
  if (!r) throw notFound();
  assertPropertyInScope(ctx, r.property_id);
  if (!v.seesAll && !worksOn(v, r)) throw notFound();
}

/** Who may take each action (the status machine says when; this says who). */
const MAY: Record<ServiceAction, (v: Viewer, r: RecordRow) => boolean> = {
  accept: (v, r) => worksOn(v, r) || v.has('service.manage'),
  start: (v, r) => worksOn(v, r) || v.has('service.manage'),
  wait: (v, r) => worksOn(v, r) || v.has('service.manage'),
  resume: (v, r) => worksOn(v, r) || v.has('service.manage'),
  complete: (v, r) => worksOn(v, r) || v.has('service.manage'),
  claim: (v, r) => worksOn(v, r) && r.assignee_user_id !== v.userId,
  comment: (v, r) => worksOn(v, r) || v.has('service.manage') || v.has('service.create'),
  transfer: (v, r) => worksOn(v, r) || v.has('service.manage'),
  forward: (v) => v.has('service.create') || v.has('service.manage'),
  assign: (v) => v.has('service.manage'),
  answer_at_desk: (v) => v.has('service.create'),
  // Follow-ups are recorded through their own route, which decides the status.
  follow_up: () => false,
  close: (v, r) => v.has('service.manage') || (v.has('service.followup') && r.status === 'followed_up'),
  reopen: (v) => v.has('service.manage'),
  cancel: (v, r) => v.has('service.manage') || (v.has('service.create') && r.status === 'new'),
  acknowledge: (v) => v.has('service.acknowledge'),
};

export function factsOf(r: RecordRow) {
  return {
    status: r.status,
    kind: r.kind,
    severity: r.severity,
    acknowledgedAt: r.acknowledged_at,
  };
}

/** The actions the caller may take now: the status machine and their permissions together. */
export function actionsFor(v: Viewer, r: RecordRow): ServiceAction[] {
  return allowedActions(factsOf(r)).filter((a) => MAY[a](v, r));
}

export const mayTake = (v: Viewer, r: RecordRow, action: ServiceAction) => MAY[action](v, r);

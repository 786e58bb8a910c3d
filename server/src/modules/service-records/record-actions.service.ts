import {
  isActionAllowed,
  statusAfter,
  type Satisfaction,
  type ServiceActionBody,
  type ServiceRecordDetail,
} from '@qiantai/contracts';
import { inTransaction, requireActor, type ServiceContext } from '../../platform/context.js';
import { AppError, invalid, staleVersion } from '../../platform/errors.js';
import { actionsFor, factsOf, mayTake } from './record-access.js';
import { scheduleDeadlines } from './record-deadlines.js';
import { appendHistory, changesBetween } from './record-history.js';
import { noticeAssigned, noticeReopened, publishChange } from './record-notices.js';
import { deadlinesAfterPause, deadlinesFor, policyKeyOf } from './record-policy.js';
import { checkAssignee, checkDepartment, serviceDepartmentOf } from './record-refs.js';
import { detailOf, requireVisibleRecord } from './service-records.service.js';
import { cancelFollowUpsOf, createFollowUpFor } from './follow-up-schedule.js';
import type { RecordRow } from './service-records.repository.js';
import * as repo from './service-records.repository.js';

/** An action as the API takes it, or the follow-up's own (decided by the follow-up route, not the actions one). */
export type RecordAction =
  ServiceActionBody | { action: 'follow_up'; version: number; comment: string; satisfaction: Satisfaction };

const transitionConflict = (allowed: string[], status: string) =>
  new AppError('CONFLICT', 'service.transition', {
    details: { reason: 'SERVICE_TRANSITION', status, allowed },
  });

const ROUTING = ['department_id', 'assignee_user_id', 'resolve_due_at', 'satisfaction'] as const;

/** What an action changes on the row besides the status (the caller has checked it is allowed). */
async function changesFor(
  ctx: ServiceContext,
  r: RecordRow,
  body: RecordAction,
): Promise<Partial<RecordRow>> {
  const now = ctx.now();
  const actor = requireActor(ctx);
  const firstResponse = r.responded_at === null ? { responded_at: now } : {};
  switch (body.action) {
    case 'accept':
    case 'start':
      return { ...firstResponse, assignee_user_id: r.assignee_user_id ?? actor.userId };
    case 'claim':
      return { ...firstResponse, assignee_user_id: actor.userId };
    case 'wait':
      return { ...firstResponse, paused_at: now, sla_epoch: r.sla_epoch + 1 };
    case 'resume': {
      const due = await deadlinesAfterPause(
        ctx,
        r.property_id,
        policyKeyOf(r),
        {
          respondDueAt: r.respond_due_at,
          resolveDueAt: r.resolve_due_at,
        },
        r.paused_at ?? now,
        now,
      );
      return {
        paused_at: null,
        respond_due_at: due.respondDueAt,
        resolve_due_at: due.resolveDueAt,
        sla_epoch: r.sla_epoch + 1,
      };
    }
    case 'complete':
      return {
        ...firstResponse,
        done_at: now,
        result: body.result,
        resolution: 'completed',
        paused_at: null,
      };
    case 'answer_at_desk':
      return {
        ...firstResponse,
        done_at: now,
        closed_at: now,
        result: body.result,
        resolution: 'answered_at_desk',
      };
    case 'close':
      return { closed_at: now };
    case 'cancel':
      return { closed_at: now, resolution: 'cancelled', paused_at: null };
    case 'reopen': {
      // Back to the supervisor's desk (the service department), unassigned, owed again from now.
      const due = await deadlinesFor(ctx, r.property_id, policyKeyOf(r), now);
      return {
        respond_due_at: due.respondDueAt,
        resolve_due_at: due.resolveDueAt,
        done_at: null,
        closed_at: null,
        resolution: null,
        department_id: (await serviceDepartmentOf(ctx, r.property_id)) ?? r.department_id,
        assignee_user_id: null,
        sla_epoch: r.sla_epoch + 1,
      };
    }
    case 'assign':
      await checkAssignee(ctx, body.assigneeUserId, r.property_id, r.department_id);
      return { assignee_user_id: body.assigneeUserId };
    case 'forward':
    case 'transfer': {
      if (body.departmentId === r.department_id && body.action === 'transfer')
        throw invalid('service.sameDepartment', 'departmentId');
      await checkDepartment(ctx, body.departmentId, r.property_id);
      const assignee = body.action === 'forward' ? body.assigneeUserId : null;
      if (assignee) await checkAssignee(ctx, assignee, r.property_id, body.departmentId);
      const due = body.action === 'forward' ? body.resolveDueAt : null;
      if (due !== null && due < now) throw invalid('service.dueInPast', 'resolveDueAt');
      return {
        department_id: body.departmentId,
        assignee_user_id: assignee,
        ...(due !== null ? { resolve_due_at: due, sla_epoch: r.sla_epoch + 1 } : {}),
      };
    }
    case 'acknowledge':
      return { acknowledged_at: now, acknowledged_by: actor.userId };
    case 'follow_up':
      return { satisfaction: body.satisfaction };
    case 'comment':
      return {};
  }
}

const commentOf = (body: RecordAction) =>
  'comment' in body ? body.comment : 'result' in body ? body.result : '';

/**
 * Takes one action on a record: the status machine decides whether it is possible now (409 with
 * the allowed actions if not), the caller's permissions whether they may, the version whether
 * they saw the record as it is.
 */
export async function applyAction(
  ctx: ServiceContext,
  id: string,
  body: ServiceActionBody,
): Promise<ServiceRecordDetail> {
  const { viewer, after } = await inTransaction(ctx, async (tx) => {
    const { viewer, row } = await requireVisibleRecord(tx, id);
    if (row.version !== body.version) throw staleVersion(row.version);
    if (!isActionAllowed(factsOf(row), body.action))
      throw transitionConflict(actionsFor(viewer, row), row.status);
    if (!mayTake(viewer, row, body.action)) throw new AppError('FORBIDDEN', 'service.notYours');
    return { viewer, after: await takeAction(tx, row, body) };
  });
  await publishChange(ctx, after);
  return detailOf(ctx, viewer, after);
}

/**
 * Applies an action already checked (or decided by the system, as a dissatisfied follow-up's
 * reopen): the row, its history and what follows, in the caller's transaction.
 */
export async function takeAction(tx: ServiceContext, row: RecordRow, body: RecordAction): Promise<RecordRow> {
  const status = statusAfter(factsOf(row), body.action);
  const changes = { ...(await changesFor(tx, row, body)), status, updated_at: tx.now() };
  if (!(await repo.updateRecord(tx.db, row.id, row.version, changes))) throw staleVersion(row.version + 1);
  const after: RecordRow = { ...row, ...changes, version: row.version + 1 };
  await appendHistory(tx, after, {
    action: body.action,
    fromStatus: row.status,
    toStatus: status,
    comment: commentOf(body),
    internal:
      body.action === 'comment'
        ? body.internal
        : body.action !== 'answer_at_desk' && body.action !== 'complete',
    changes: changesBetween(row, after, ROUTING),
  });
  await consequences(tx, row, after, body);
  return after;
}

/** What follows from an action: new deadline jobs, notices, the follow-up call owed. */
async function consequences(ctx: ServiceContext, before: RecordRow, after: RecordRow, body: RecordAction) {
  const retimed = after.sla_epoch !== before.sla_epoch && after.paused_at === null;
  if (retimed && after.done_at === null)
    Object.assign(
      after,
      await scheduleDeadlines(ctx, after, { respond: after.responded_at === null, resolve: true }, ctx.now()),
    );
  if (body.action === 'complete') await createFollowUpFor(ctx, after);
  // A record reopened or closed without its call back owes no follow-up any more.
  if (body.action === 'reopen' || body.action === 'close' || body.action === 'cancel')
    await cancelFollowUpsOf(ctx, after.id);
  if (body.action === 'reopen') await noticeReopened(ctx, after, body.comment);
  const rerouted =
    after.department_id !== before.department_id || after.assignee_user_id !== before.assignee_user_id;
  if (rerouted && ['forward', 'transfer', 'assign'].includes(body.action)) await noticeAssigned(ctx, after);
}

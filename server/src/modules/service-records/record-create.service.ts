import { DESK_ANSWERABLE_KINDS, type CreateServiceRecordBody, type ServiceRecord } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { invalid } from '../../platform/errors.js';
import { todayAtProperty } from '../properties/index.js';
import { viewerOf } from './record-access.js';
import { scheduleDeadlines } from './record-deadlines.js';
import { appendHistory } from './record-history.js';
import { isMajor, noticeAssigned, noticeMajor, publishChange } from './record-notices.js';
import { deadlinesFor, requireCategory } from './record-policy.js';
import {
  checkAssignee,
  checkDepartment,
  checkSeverity,
  checkUnit,
  customerOf,
  serviceDepartmentOf,
} from './record-refs.js';
import { toRecords } from './record-view.js';
import * as repo from './service-records.repository.js';

/** KF-20261127-0001: the property's local day and that day's sequence. */
async function nextNumber(ctx: ServiceContext, propertyId: string) {
  const day = (await todayAtProperty(ctx, propertyId)).replaceAll('-', '');
  const n = await repo.nextDailyNumber(ctx.db, propertyId, day);
  return `KF-${day}-${String(n).padStart(4, '0')}`;
}

/**
 * Logs an interaction. Routed to the department given, else the category's, else the desk's own;
 * timed by the SLA policy that applies; an inquiry answered on the spot closes at once.
 */
export async function createRecord(
  ctx: ServiceContext,
  body: CreateServiceRecordBody,
): Promise<ServiceRecord> {
  assertPropertyInScope(ctx, body.propertyId);
  const actor = requireActor(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    checkSeverity(body.kind, body.severity);
    if (body.answeredAtDesk) {
      if (!DESK_ANSWERABLE_KINDS.includes(body.kind))
        throw invalid('service.notDeskAnswerable', 'answeredAtDesk');
      if (!body.result) throw invalid('service.resultRequired', 'result');
    }
    const customer = await customerOf(tx, body.propertyId, body);
    if (body.unitId) await checkUnit(tx, body.unitId, body.propertyId);
    const category = body.categoryId
      ? await requireCategory(tx, body.categoryId, body.propertyId, body.kind)
      : null;
    if (body.departmentId) await checkDepartment(tx, body.departmentId, body.propertyId);
    const departmentId =
      body.departmentId ?? category?.defaultDepartmentId ?? (await serviceDepartmentOf(tx, body.propertyId));
    if (body.assigneeUserId) await checkAssignee(tx, body.assigneeUserId, body.propertyId, departmentId);

    const now = tx.now();
    const closed = body.answeredAtDesk;
    const deadlines = closed
      ? { slaPolicyId: null, respondDueAt: null, resolveDueAt: null }
      : await deadlinesFor(tx, body.propertyId, body, now);
    const row: repo.RecordRow = {
      id: newId(now),
      property_id: body.propertyId,
      number: await nextNumber(tx, body.propertyId),
      kind: body.kind,
      channel: body.channel,
      severity: body.severity,
      category_id: body.categoryId,
      status: closed ? 'closed' : 'new',
      resolution: closed ? 'answered_at_desk' : null,
      ...customer,
      unit_id: body.unitId,
      content: body.content,
      result: closed ? body.result : '',
      department_id: closed ? null : departmentId,
      assignee_user_id: closed ? actor.userId : body.assigneeUserId,
      sla_policy_id: deadlines.slaPolicyId,
      respond_due_at: deadlines.respondDueAt,
      resolve_due_at: deadlines.resolveDueAt,
      respond_warn_at: null,
      resolve_warn_at: null,
      responded_at: closed ? now : null,
      done_at: closed ? now : null,
      closed_at: closed ? now : null,
      paused_at: null,
      sla_epoch: 1,
      escalation_level: 0,
      acknowledged_at: null,
      acknowledged_by: null,
      satisfaction: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertRecord(tx.db, row);
    await appendHistory(tx, row, { action: 'create', toStatus: closed ? null : row.status });
    if (closed)
      await appendHistory(tx, row, {
        action: 'answer_at_desk',
        fromStatus: 'new',
        toStatus: 'closed',
        comment: body.result,
        internal: false,
      });
    else {
      Object.assign(row, await scheduleDeadlines(tx, row, { respond: true, resolve: true }, now));
      if (isMajor(row)) await noticeMajor(tx, row);
      if (body.departmentId || body.assigneeUserId || category?.defaultDepartmentId)
        await noticeAssigned(tx, row);
    }
    return row;
  });
  await publishChange(ctx, row, true);
  return (await toRecords(ctx, viewerOf(ctx), [row]))[0]!;
}

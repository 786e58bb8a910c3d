import {
  OPEN_STATUSES,
  REGISTER_COUNT_CAP,
  type ServiceRecord,
  type ServiceRecordDetail,
  type ServiceRecordQuery,
  type UpdateServiceRecordBody,
} from '@qiantai/contracts';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { staleVersion } from '../../platform/errors.js';
import { addDays, localHourToUtc } from '../../platform/time/calendar.js';
import { timeZoneOf } from '../properties/index.js';
import { assertVisible, viewerOf, type Viewer } from './record-access.js';
import { scheduleDeadlines } from './record-deadlines.js';
import { appendHistory, changesBetween } from './record-history.js';
import { publishChange } from './record-notices.js';
import { deadlinesFor, policyKeyOf, requireCategory } from './record-policy.js';
import { checkSeverity, checkUnit, customerOf } from './record-refs.js';
import { attachmentsOf } from './record-attachments.service.js';
import { historyOf } from './record-history-view.js';
import { toRecords } from './record-view.js';
import * as repo from './service-records.repository.js';

async function filterOf(
  ctx: ServiceContext,
  viewer: Viewer,
  q: ServiceRecordQuery,
): Promise<repo.RecordFilter> {
  const zone = await timeZoneOf(ctx, q.propertyId);
  const statuses =
    q.open === 'true' || q.overdue === 'true'
      ? (q.status ?? OPEN_STATUSES).filter((s) => OPEN_STATUSES.includes(s))
      : q.status;
  return {
    propertyId: q.propertyId,
    onlyDepartmentId: viewer.seesAll ? undefined : viewer.departmentId,
    createdFrom: q.from ? localHourToUtc(q.from, 0, zone) : undefined,
    createdBefore: q.to ? localHourToUtc(addDays(q.to, 1), 0, zone) : undefined,
    kinds: q.kind,
    statuses,
    severities: q.severity,
    departmentId: q.departmentId,
    assigneeUserId: q.assignee === 'me' ? viewer.userId : q.assignee,
    customerPersonId: q.customerPersonId,
    unitId: q.unitId,
    overdueAt: q.overdue === 'true' ? ctx.now() : undefined,
    q: q.q || undefined,
  };
}

/** A page of the register (department staff: of their department's queue), newest first. */
export async function listRecords(ctx: ServiceContext, q: ServiceRecordQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  const viewer = viewerOf(ctx);
  const filter = await filterOf(ctx, viewer, q);
  const [rows, total] = await Promise.all([
    repo.listRecords(ctx.db, filter, (q.page - 1) * q.pageSize, q.pageSize),
    repo.countRecords(ctx.db, filter, REGISTER_COUNT_CAP),
  ]);
  return {
    items: await toRecords(ctx, viewer, rows),
    total,
    totalCapped: total >= REGISTER_COUNT_CAP,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Matching records, for exports and the print view: bounded and paged by the caller (offset). */
export async function recordsForExport(
  ctx: ServiceContext,
  q: ServiceRecordQuery,
  limit: number,
  offset = 0,
) {
  assertPropertyInScope(ctx, q.propertyId);
  const viewer = viewerOf(ctx);
  const rows = await repo.listRecords(ctx.db, await filterOf(ctx, viewer, q), offset, limit);
  return toRecords(ctx, viewer, rows);
}

export async function requireVisibleRecord(ctx: ServiceContext, id: string) {
  const viewer = viewerOf(ctx);
  const row = await repo.findRecord(ctx.db, id);
  assertVisible(ctx, viewer, row);
  return { viewer, row };
}

export async function getRecord(ctx: ServiceContext, id: string): Promise<ServiceRecordDetail> {
  const { viewer, row } = await requireVisibleRecord(ctx, id);
  return detailOf(ctx, viewer, row);
}

export async function detailOf(
  ctx: ServiceContext,
  viewer: Viewer,
  row: repo.RecordRow,
): Promise<ServiceRecordDetail> {
  const [record] = await toRecords(ctx, viewer, [row]);
  const events = await historyOf(ctx, row.property_id, await repo.eventsOf(ctx.db, row.id));
  return { record: record!, events, attachments: await attachmentsOf(ctx, row.id) };
}

const EDITABLE = [
  'kind',
  'channel',
  'severity',
  'category_id',
  'customer_person_id',
  'customer_name',
  'customer_phone',
  'customer_language',
  'unit_id',
  'content',
] as const;

/**
 * Corrects what was taken down (kind, customer, content …). A change of kind, severity or category
 * re-times an open record from its creation under the policy that now applies.
 */
export async function updateRecord(
  ctx: ServiceContext,
  id: string,
  body: UpdateServiceRecordBody,
): Promise<ServiceRecord> {
  const { viewer, after } = await inTransaction(ctx, async (tx) => {
    const { viewer, row } = await requireVisibleRecord(tx, id);
    if (row.version !== body.version) throw staleVersion(row.version);
    const next = { ...row };
    if (body.kind) next.kind = body.kind;
    if (body.channel) next.channel = body.channel;
    if (body.severity) next.severity = body.severity;
    if (body.categoryId !== undefined) next.category_id = body.categoryId;
    if (body.unitId !== undefined) next.unit_id = body.unitId;
    if (body.content) next.content = body.content;
    checkSeverity(next.kind, next.severity);
    if (
      (next.category_id && next.category_id !== row.category_id) ||
      (next.category_id && next.kind !== row.kind)
    )
      await requireCategory(tx, next.category_id, row.property_id, next.kind);
    if (next.unit_id && next.unit_id !== row.unit_id) await checkUnit(tx, next.unit_id, row.property_id);
    if (
      body.customerPersonId !== undefined ||
      body.customerName !== undefined ||
      body.customerPhone !== undefined
    ) {
      Object.assign(
        next,
        await customerOf(tx, row.property_id, {
          customerPersonId:
            body.customerPersonId !== undefined ? body.customerPersonId : row.customer_person_id,
          customerName: body.customerName ?? row.customer_name,
          customerPhone: body.customerPhone ?? row.customer_phone,
          customerLanguage: body.customerLanguage ?? row.customer_language,
        }),
      );
    } else if (body.customerLanguage) next.customer_language = body.customerLanguage;

    const retime =
      OPEN_STATUSES.includes(row.status) &&
      (next.kind !== row.kind || next.severity !== row.severity || next.category_id !== row.category_id);
    if (retime) {
      const d = await deadlinesFor(tx, row.property_id, policyKeyOf(next), row.created_at);
      Object.assign(next, {
        sla_policy_id: d.slaPolicyId,
        respond_due_at: d.respondDueAt,
        resolve_due_at: d.resolveDueAt,
        sla_epoch: row.sla_epoch + 1,
      });
    }
    const changes = changesBetween(row, next, EDITABLE);
    if (Object.keys(changes).length === 0) return { viewer, after: row };
    next.updated_at = tx.now();
    const { id: _i, property_id: _p, version: _v, ...columns } = next;
    if (!(await repo.updateRecord(tx.db, row.id, row.version, columns))) throw staleVersion(row.version + 1);
    const after = { ...next, version: row.version + 1 };
    if (changes.customer_phone) changes.customer_phone = { from: '***', to: '***' };
    await appendHistory(tx, after, { action: 'update', changes });
    if (retime && !after.paused_at)
      Object.assign(
        after,
        await scheduleDeadlines(
          tx,
          after,
          { respond: after.responded_at === null, resolve: true },
          row.created_at,
        ),
      );
    return { viewer, after };
  });
  await publishChange(ctx, after);
  return (await toRecords(ctx, viewer, [after]))[0]!;
}

import { maskPhone, type ServiceRecord, type ServiceRecordEvent } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { unitsByIds } from '../buildings/index.js';
import { peopleByIds } from '../people/index.js';
import { departmentsOf } from '../properties/index.js';
import { staffByIds } from '../users/index.js';
import { categoryPathsOf } from './record-policy.js';
import { actionsFor, type Viewer } from './record-access.js';
import type { RecordEventRow, RecordRow } from './service-records.repository.js';

const present = <T>(values: (T | null)[]) => values.filter((v): v is T => v !== null);

/**
 * Records as the register shows them: names of units, departments, staff and categories looked up
 * in one batch per kind through their modules, the customer's phone masked.
 */
export async function toRecords(
  ctx: ServiceContext,
  viewer: Viewer,
  rows: RecordRow[],
): Promise<ServiceRecord[]> {
  if (rows.length === 0) return [];
  const propertyIds = [...new Set(rows.map((r) => r.property_id))];
  const [units, people, staff, categories, ...departmentLists] = await Promise.all([
    unitsByIds(ctx, present(rows.map((r) => r.unit_id))),
    peopleByIds(ctx, present(rows.map((r) => (r.customer_phone ? null : r.customer_person_id)))),
    staffByIds(ctx, present(rows.flatMap((r) => [r.assignee_user_id, r.created_by, r.acknowledged_by]))),
    categoryPathsOf(
      ctx,
      rows.flatMap((r) => (r.category_id ? [{ categoryId: r.category_id, propertyId: r.property_id }] : [])),
    ),
    ...propertyIds.map((p) => departmentsOf(ctx, p)),
  ]);
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  const mobile = new Map(people.map((p) => [p.id, p.mobile]));
  const departments = new Map(departmentLists.flat().map((d) => [d.id, d]));
  const name = (id: string | null) => (id ? (staff.get(id)?.displayName ?? null) : null);
  return rows.map((r) => {
    const department = r.department_id ? departments.get(r.department_id) : undefined;
    return {
      id: r.id,
      propertyId: r.property_id,
      number: r.number,
      kind: r.kind,
      channel: r.channel,
      severity: r.severity,
      categoryId: r.category_id,
      categoryPath: (r.category_id && categories.get(r.category_id)) || [],
      status: r.status,
      resolution: r.resolution,
      customerPersonId: r.customer_person_id,
      customerName: r.customer_name,
      customerPhone: r.customer_phone
        ? (maskPhone(r.customer_phone) ?? '')
        : ((r.customer_person_id && mobile.get(r.customer_person_id)) ?? ''),
      customerLanguage: r.customer_language,
      unitId: r.unit_id,
      unitCode: r.unit_id ? (unitCode.get(r.unit_id) ?? null) : null,
      content: r.content,
      result: r.result,
      departmentId: r.department_id,
      departmentName: department?.name ?? null,
      departmentNameEn: department?.nameEn ?? null,
      assigneeUserId: r.assignee_user_id,
      assigneeName: name(r.assignee_user_id),
      respondDueAt: r.respond_due_at,
      resolveDueAt: r.resolve_due_at,
      respondWarnAt: r.respond_warn_at,
      resolveWarnAt: r.resolve_warn_at,
      respondedAt: r.responded_at,
      doneAt: r.done_at,
      closedAt: r.closed_at,
      pausedAt: r.paused_at,
      escalationLevel: r.escalation_level,
      acknowledgedAt: r.acknowledged_at,
      acknowledgedByName: name(r.acknowledged_by),
      satisfaction: r.satisfaction,
      createdAt: r.created_at,
      createdByName: name(r.created_by),
      updatedAt: r.updated_at,
      version: r.version,
      allowedActions: actionsFor(viewer, r),
    };
  });
}

export function toEvent(row: RecordEventRow): ServiceRecordEvent {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorName: row.actor_name,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    comment: row.comment,
    internal: row.internal === 1,
    changes: row.changes ? (JSON.parse(row.changes) as ServiceRecordEvent['changes']) : null,
  };
}

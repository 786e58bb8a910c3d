import { severityAllowed, type ServiceKind, type ServiceSeverity } from '@qiantai/contracts';
import { AppError, invalid } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/context.js';
import { requireUnit } from '../buildings/index.js';
import { departmentsOf, departmentWithin } from '../properties/index.js';
import { staffByIds } from '../users/index.js';
import { requirePersonOf } from '../people/index.js';

// What a record points at, checked: the customer, unit, department and assignee must all belong to
// the record's property. A reference the caller cannot see is the same field error as a missing one.

export function checkSeverity(kind: ServiceKind, severity: ServiceSeverity) {
  if (!severityAllowed(kind, severity)) throw invalid('service.severityNotForKind', 'severity');
}

export async function customerOf(
  ctx: ServiceContext,
  propertyId: string,
  input: {
    customerPersonId: string | null;
    customerName: string;
    customerPhone: string;
    customerLanguage: string;
  },
) {
  if (input.customerPersonId) {
    const person = await requirePersonOf(ctx, input.customerPersonId, propertyId, 'customerPersonId');
    return {
      customer_person_id: person.id,
      customer_name: person.name,
      customer_phone: input.customerPhone,
      customer_language: input.customerLanguage || person.language || 'zh-CN',
    };
  }
  if (!input.customerName && !input.customerPhone) throw invalid('service.customerRequired', 'customerName');
  return {
    customer_person_id: null,
    customer_name: input.customerName,
    customer_phone: input.customerPhone,
    customer_language: input.customerLanguage || 'zh-CN',
  };
}

export async function checkUnit(ctx: ServiceContext, unitId: string, propertyId: string) {
  const unit = await requireUnit(ctx, unitId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  });
  if (!unit || unit.propertyId !== propertyId) throw invalid('service.unitNotInProperty', 'unitId');
}

export async function checkDepartment(ctx: ServiceContext, departmentId: string, propertyId: string) {
  if (!(await departmentWithin(ctx, departmentId, [propertyId])))
    throw invalid('directory.unknownDepartment', 'departmentId');
}

/** The desk's own department (客服中心): where records nobody routed elsewhere are worked. */
export async function serviceDepartmentOf(ctx: ServiceContext, propertyId: string): Promise<string | null> {
  return (await departmentsOf(ctx, propertyId)).find((d) => d.code === 'service')?.id ?? null;
}

/** An active member of the property (and of the department, when one is given). */
export async function checkAssignee(
  ctx: ServiceContext,
  userId: string,
  propertyId: string,
  departmentId: string | null,
) {
  const member = (await staffByIds(ctx, [userId])).get(userId);
  const fits =
    member &&
    !member.disabled &&
    member.propertyIds.includes(propertyId) &&
    (departmentId === null || member.departmentId === departmentId);
  if (!fits) throw invalid('service.assigneeNotStaff', 'assigneeUserId');
}

import { assertPropertyInScope, type ServiceContext } from '../../platform/context.js';
import { staffOfProperty } from '../users/index.js';
import { checkDepartment } from './record-refs.js';

/** Names and departments only: what the assign and filter menus need, nothing of the accounts. */
export async function assignableStaff(ctx: ServiceContext, propertyId: string, departmentId?: string) {
  assertPropertyInScope(ctx, propertyId);
  if (departmentId) await checkDepartment(ctx, departmentId, propertyId);
  return staffOfProperty(ctx, propertyId, departmentId);
}

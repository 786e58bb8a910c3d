import type { Role } from '@qiantai/contracts';
import { requireActor, type ServiceContext } from '../../platform/context.js';
import * as repo from './staff.repository.js';
import { findRecipients } from './user-contacts.repository.js';

/** Who a staff member is, as other modules need it: to name them, route work and check membership. */
export interface StaffMember {
  id: string;
  displayName: string;
  departmentId: string | null;
  disabled: boolean;
  roles: Role[];
  propertyIds: string[];
}

/** Staff by id, limited to those sharing a property with the caller (others are left out). */
export async function staffByIds(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<Map<string, StaffMember>> {
  const unique = [...new Set(ids)];
  const scope = ctx.actor ? requireActor(ctx).propertyIds : null;
  const members = await repo.staffRows(ctx.db, unique);
  const out = new Map<string, StaffMember>();
  for (const m of members) {
    if (scope && !m.propertyIds.some((p) => scope.includes(p))) continue;
    out.set(m.id, m);
  }
  return out;
}

/** Active staff of a property, or of one department of it: who work can be assigned to. */
export async function staffOfProperty(
  ctx: ServiceContext,
  propertyId: string,
  departmentId?: string,
): Promise<{ id: string; displayName: string; departmentId: string | null }[]> {
  const rows = await findRecipients(
    ctx.db,
    propertyId,
    departmentId
      ? { userIds: [], roles: [], departmentIds: [departmentId] }
      : { userIds: [], roles: [], departmentIds: [], everyone: true },
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, departmentId: r.department_id }));
}

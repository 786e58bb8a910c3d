import type { Db } from '../../db/database.js';
import { rolesAndPropertiesOf } from './users.repository.js';
import type { StaffMember } from './staff.service.js';

async function withRolesAndProperties(
  db: Db,
  rows: { id: string; display_name: string; department_id: string | null; disabled: number }[],
): Promise<StaffMember[]> {
  const { roles, properties } = await rolesAndPropertiesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    departmentId: r.department_id,
    disabled: r.disabled === 1,
    roles: roles.get(r.id) ?? [],
    propertyIds: properties.get(r.id) ?? [],
  }));
}

const STAFF_COLUMNS = ['id', 'display_name', 'department_id', 'disabled'] as const;

export async function staffRows(db: Db, ids: readonly string[]): Promise<StaffMember[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(STAFF_COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
  return withRolesAndProperties(db, rows);
}

import type { Role } from '@qiantai/contracts';
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

export async function activeStaffOf(
  db: Db,
  propertyId: string,
  roles: readonly Role[],
  departmentIds: readonly string[],
): Promise<StaffMember[]> {
  const everyone = roles.length === 0 && departmentIds.length === 0;
  let query = db
    .selectFrom('users')
    .select(STAFF_COLUMNS)
    .where('disabled', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_properties')
          .select('user_id')
          .whereRef('user_properties.user_id', '=', 'users.id')
          .where('user_properties.property_id', '=', propertyId),
      ),
    );
  if (!everyone)
    query = query.where((eb) => {
      const either = [];
      if (departmentIds.length > 0) either.push(eb('department_id', 'in', [...departmentIds]));
      if (roles.length > 0)
        either.push(
          eb.exists(
            eb
              .selectFrom('user_roles')
              .select('user_id')
              .whereRef('user_roles.user_id', '=', 'users.id')
              .where('user_roles.role', 'in', [...roles]),
          ),
        );
      return eb.or(either);
    });
  const rows = await query.orderBy('display_name').execute();
  return withRolesAndProperties(db, rows);
}

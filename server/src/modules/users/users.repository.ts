import type { Role } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { UsersTable } from '../../db/schema.js';
import { containsText } from '../../db/like.js';

export type UserRow = UsersTable;

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role).sort();
}

export async function propertyIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_properties')
    .select('property_id')
    .where('user_id', '=', userId)
    .orderBy('property_id')
    .execute();
  return rows.map((r) => r.property_id);
}

/** Roles and properties of many users in two queries, for list pages. */
export async function rolesAndPropertiesOf(db: Db, userIds: string[]) {
  const roles = new Map<string, Role[]>();
  const properties = new Map<string, string[]>();
  if (userIds.length === 0) return { roles, properties };
  for (const r of await db.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds).execute()) {
    roles.set(r.user_id, [...(roles.get(r.user_id) ?? []), r.role].sort());
  }
  for (const p of await db
    .selectFrom('user_properties')
    .selectAll()
    .where('user_id', 'in', userIds)
    .execute()) {
    properties.set(p.user_id, [...(properties.get(p.user_id) ?? []), p.property_id].sort());
  }
  return { roles, properties };
}

export interface UserFilter {
  scopePropertyIds: readonly string[];
  q?: string;
  role?: Role;
  propertyId?: string;
  status?: 'active' | 'disabled';
}

/** Users who share at least one property with the caller's scope. */
export async function listUsers(db: Db, f: UserFilter, page: number, pageSize: number) {
  let query = db.selectFrom('users').where((eb) =>
    eb.exists(
      eb
        .selectFrom('user_properties as up')
        .select('up.user_id')
        .whereRef('up.user_id', '=', 'users.id')
        // '' keeps the list non-empty for a caller with no property yet: PostgreSQL refuses `in ()`.
        .where('up.property_id', 'in', f.propertyId ? [f.propertyId] : [...f.scopePropertyIds, '']),
    ),
  );
  if (f.q) {
    const q = f.q;
    query = query.where((eb) => eb.or([containsText('username', q), containsText('display_name', q)]));
  }
  if (f.status) query = query.where('disabled', '=', f.status === 'disabled' ? 1 : 0);
  if (f.role) {
    const role = f.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as ur')
          .select('ur.user_id')
          .whereRef('ur.user_id', '=', 'users.id')
          .where('ur.role', '=', role),
      ),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('username')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertUser(
  db: Db,
  row: UserRow,
  roles: readonly Role[],
  propertyIds: readonly string[],
) {
  await db.insertInto('users').values(row).execute();
  await replaceRoles(db, row.id, roles);
  await replaceProperties(db, row.id, propertyIds);
}

/** Updates only when the version still matches; returns false when someone else changed the row first. */
export async function updateUserRow(
  db: Db,
  id: string,
  version: number,
  patch: Partial<UserRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Fields that carry no version (last sign-in, preferred language): they never conflict with an admin's edit. */
export async function setUserFields(
  db: Db,
  id: string,
  fields: Pick<Partial<UserRow>, 'last_login_at' | 'locale'>,
) {
  await db.updateTable('users').set(fields).where('id', '=', id).execute();
}

export async function replaceRoles(db: Db, userId: string, roles: readonly Role[]) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

export async function replaceProperties(db: Db, userId: string, propertyIds: readonly string[]) {
  await db.deleteFrom('user_properties').where('user_id', '=', userId).execute();
  if (propertyIds.length) {
    await db
      .insertInto('user_properties')
      .values(propertyIds.map((property_id) => ({ user_id: userId, property_id })))
      .execute();
  }
}

export async function countUsers(db: Db) {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

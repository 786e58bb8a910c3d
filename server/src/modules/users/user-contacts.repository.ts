import type { Role } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';

/** What another module may know of a user it must reach: name, language and where to write. */
const CONTACT_COLUMNS = [
  'users.id',
  'users.display_name',
  'users.locale',
  'users.email',
  'users.mobile',
  'users.department_id',
] as const;

export interface RecipientFilter {
  userIds: readonly string[];
  roles: readonly Role[];
  departmentIds: readonly string[];
  /** Everyone assigned to the property (the lists above are then ignored). */
  everyone?: boolean;
}

/**
 * Active users assigned to the property who are named, hold one of the roles there, or belong to
 * one of the departments. Someone not assigned to the property is never a recipient of its news.
 */
export async function findRecipients(db: Db, propertyId: string, f: RecipientFilter) {
  if (!f.everyone && !f.userIds.length && !f.roles.length && !f.departmentIds.length) return [];
  let query = db
    .selectFrom('users')
    .innerJoin('user_properties as up', 'up.user_id', 'users.id')
    .select(CONTACT_COLUMNS)
    .where('up.property_id', '=', propertyId)
    .where('users.disabled', '=', 0);
  if (f.everyone) return query.orderBy('users.display_name').execute();
  query = query.where((eb) => {
    const any = [];
    if (f.userIds.length) any.push(eb('users.id', 'in', [...f.userIds]));
    if (f.departmentIds.length) any.push(eb('users.department_id', 'in', [...f.departmentIds]));
    if (f.roles.length)
      any.push(
        eb.exists(
          eb
            .selectFrom('user_roles as ur')
            .select('ur.user_id')
            .whereRef('ur.user_id', '=', 'users.id')
            .where('ur.role', 'in', [...f.roles]),
        ),
      );
    return eb.or(any);
  });
  return query.orderBy('users.id').execute();
}

export async function findContacts(db: Db, userIds: readonly string[]) {
  if (!userIds.length) return [];
  return db
    .selectFrom('users')
    .select(CONTACT_COLUMNS)
    .where('users.id', 'in', [...userIds])
    .execute();
}

/** E-mail and mobile carry no version: only their owner changes them, and never against an admin's edit. */
export async function setContact(
  db: Db,
  userId: string,
  fields: { email?: string | null; mobile?: string | null },
) {
  if (fields.email === undefined && fields.mobile === undefined) return;
  await db.updateTable('users').set(fields).where('id', '=', userId).execute();
}

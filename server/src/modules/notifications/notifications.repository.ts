import type { NotificationEvent } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { NotificationPreferencesTable, NotificationsTable } from './notifications.tables.js';

export type NotificationRow = NotificationsTable;

export async function insertNotifications(db: Db, rows: NotificationRow[]) {
  if (rows.length) await db.insertInto('notifications').values(rows).execute();
}

export async function findNotification(db: Db, id: string) {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findNotifications(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

export interface BellFilter {
  userId: string;
  /** The user's properties now: news of a property they left is no longer theirs to read. */
  propertyIds: readonly string[];
  unreadOnly?: boolean;
}

/** The bell's rows of one user: shown in-app, within their properties. */
function bell(db: Db, f: BellFilter) {
  let q = db
    .selectFrom('notifications')
    .where('user_id', '=', f.userId)
    .where('in_app', '=', 1)
    // '' keeps the list valid for a user with no property: PostgreSQL refuses `in ()`.
    .where('property_id', 'in', [...f.propertyIds, '']);
  if (f.unreadOnly) q = q.where('read_at', 'is', null);
  return q;
}

export async function listForUser(db: Db, f: BellFilter, page: number, pageSize: number) {
  const total = await bell(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await bell(db, f)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function countUnread(db: Db, f: Omit<BellFilter, 'unreadOnly'>): Promise<number> {
  const r = await bell(db, { ...f, unreadOnly: true })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function markRead(db: Db, id: string, now: number) {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
}

export async function markAllRead(db: Db, f: Omit<BellFilter, 'unreadOnly'>, now: number) {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', f.userId)
    .where('property_id', 'in', [...f.propertyIds, ''])
    .where('read_at', 'is', null)
    .execute();
}

export type PreferenceRow = NotificationPreferencesTable;

export async function findPreferences(db: Db, userIds: readonly string[], event?: NotificationEvent) {
  if (!userIds.length) return [];
  let q = db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', 'in', [...userIds]);
  if (event) q = q.where('event', '=', event);
  return q.execute();
}

export async function upsertPreferences(db: Db, rows: PreferenceRow[]) {
  if (!rows.length) return;
  await db
    .insertInto('notification_preferences')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['user_id', 'event', 'channel']).doUpdateSet((eb) => ({
        enabled: eb.ref('excluded.enabled'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** Deletes notifications made before `before`, with their deliveries; how many notifications went. */
export async function deleteNotificationsBefore(db: Db, before: number): Promise<number> {
  const old = db.selectFrom('notifications').select('id').where('created_at', '<', before);
  await db.deleteFrom('notification_deliveries').where('notification_id', 'in', old).execute();
  const result = await db.deleteFrom('notifications').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

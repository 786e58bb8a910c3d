import type { Db } from '../../db/database.js';
import type { NotificationDeliveriesTable } from './notifications.tables.js';

export type DeliveryRow = NotificationDeliveriesTable;

export async function insertDeliveries(db: Db, rows: DeliveryRow[]) {
  if (rows.length) await db.insertInto('notification_deliveries').values(rows).execute();
}

export async function findDelivery(db: Db, id: string) {
  return db.selectFrom('notification_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records one attempt. Only a pending delivery changes: a sent one stays sent if a job runs twice. */
export async function recordAttempt(
  db: Db,
  id: string,
  outcome: {
    status: DeliveryRow['status'];
    error: string | null;
    target: string | null;
    nextAttemptAt: number | null;
    now: number;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('notification_deliveries')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      last_error: outcome.error?.slice(0, 1000) ?? null,
      target: outcome.target,
      next_attempt_at: outcome.nextAttemptAt,
      sent_at: outcome.status === 'sent' ? outcome.now : null,
      updated_at: outcome.now,
    }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** A delivery whose job died with its process ends as failed (the job runner gave up on it). */
export async function failIfPending(db: Db, id: string, error: string, now: number) {
  await db
    .updateTable('notification_deliveries')
    .set({ status: 'failed', last_error: error.slice(0, 1000), next_attempt_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Puts a failed delivery back in the queue; false when it was not failed (any more). */
export async function requeue(db: Db, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('notification_deliveries')
    .set({ status: 'pending', next_attempt_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface DeliveryFilter {
  propertyIds: readonly string[];
  status?: DeliveryRow['status'];
  channel?: DeliveryRow['channel'];
}

function deliveries(db: Db, f: DeliveryFilter) {
  let q = db
    .selectFrom('notification_deliveries as d')
    .leftJoin('notifications as n', 'n.id', 'd.notification_id')
    .where('d.property_id', 'in', [...f.propertyIds, '']);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.channel) q = q.where('d.channel', '=', f.channel);
  return q;
}

/** Newest first, with the event and title of the notification each one carried. */
export async function listDeliveries(db: Db, f: DeliveryFilter, page: number, pageSize: number) {
  const total = await deliveries(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await deliveries(db, f)
    .selectAll('d')
    .select(['n.event', 'n.title_zh', 'n.title_en'])
    .orderBy('d.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Deletes deliveries that ended (sent or failed) before `before`; pending ones are still owed. */
export async function deleteEndedDeliveriesBefore(db: Db, before: number): Promise<number> {
  const result = await db
    .deleteFrom('notification_deliveries')
    .where('status', '!=', 'pending')
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

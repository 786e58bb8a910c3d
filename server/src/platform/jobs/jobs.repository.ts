import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database, JobsTable } from '../../db/schema.js';

export type JobRow = JobsTable;

export async function insertJob(db: Db, row: JobRow) {
  // A unique key makes enqueueing idempotent: the same deadline scheduled twice is one job.
  await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .execute();
}

/**
 * Claims up to `limit` due jobs for `worker` in one statement. The outer WHERE repeats the
 * claimable condition: on PostgreSQL a concurrent claimer that lost the race re-checks it on the
 * locked row and skips it, so each job is claimed once; SQLite serialises writers anyway. Running
 * jobs whose lease expired (their process died) are claimable again.
 */
export async function claimDueJobs(db: Db, worker: string, now: number, leaseMs: number, limit: number) {
  const claimable = (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
      eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
    ]);
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: worker,
      locked_until: now + leaseMs,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('jobs').select('id').where(claimable).orderBy('run_at').limit(limit),
    )
    .where(claimable)
    .returningAll()
    .execute();
}

/**
 * Both finishing and failing apply only while `worker` still holds the job: a worker whose lease
 * ran out (and whose job another process took over) must not overwrite the newer outcome. They
 * report whether they applied.
 */
export async function finishJob(db: Db, id: string, worker: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_by: null, locked_until: null, last_error: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', worker)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function failJob(
  db: Db,
  id: string,
  worker: string,
  now: number,
  error: string,
  retryAt: number | null,
): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      status: retryAt === null ? 'failed' : 'pending',
      run_at: retryAt ?? now,
      locked_by: null,
      locked_until: null,
      last_error: error.slice(0, 2000),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', worker)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function findJob(db: Db, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobs(
  db: Db,
  f: { propertyIds: readonly string[]; status?: JobRow['status']; kind?: string },
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('jobs')
    .where((eb) => eb.or([eb('property_id', 'is', null), eb('property_id', 'in', [...f.propertyIds, ''])]));
  if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('updated_at', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Puts a failed job back in the queue with a fresh set of attempts; false when it was not failed (any more). */
export async function requeueJob(db: Db, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      status: 'pending',
      run_at: now,
      attempts: 0,
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteFinishedJobsBefore(db: Db, before: number) {
  await db.deleteFrom('jobs').where('status', '=', 'done').where('updated_at', '<', before).execute();
}

import type { Job } from '@qiantai/contracts';
import { z } from 'zod';
import { jobListQuerySchema } from '@qiantai/contracts';
import { writeAudit } from '../audit/audit-writer.js';
import { inTransaction, requireActor, type ServiceContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import * as repo from './jobs.repository.js';

const toJob = (r: repo.JobRow): Job => ({
  id: r.id,
  kind: r.kind,
  propertyId: r.property_id,
  status: r.status,
  runAt: r.run_at,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Jobs of the caller's properties and company-wide ones (session purge and the like). */
export async function listJobs(ctx: ServiceContext, q: z.infer<typeof jobListQuerySchema>) {
  const { rows, total } = await repo.listJobs(
    ctx.db,
    { propertyIds: requireActor(ctx).propertyIds, status: q.status, kind: q.kind },
    q.page,
    q.pageSize,
  );
  return { items: rows.map(toJob), total, page: q.page, pageSize: q.pageSize };
}

export async function retryJob(ctx: ServiceContext, id: string): Promise<Job> {
  return inTransaction(ctx, async (tx) => {
    const job = await repo.findJob(tx.db, id);
    if (!job || (job.property_id && !requireActor(tx).propertyIds.includes(job.property_id)))
      throw notFound();
    // The requeue re-checks the status itself, so of two admins retrying at once only one succeeds.
    if (job.status !== 'failed' || !(await repo.requeueJob(tx.db, id, tx.now())))
      throw new AppError('CONFLICT', 'job.notFailed');
    await writeAudit(tx, {
      action: 'job.retry',
      entityType: 'job',
      entityId: id,
      propertyId: job.property_id,
    });
    return toJob((await repo.findJob(tx.db, id))!);
  });
}

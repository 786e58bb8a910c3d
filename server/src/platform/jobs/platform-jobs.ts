import type { AppDeps } from '../../app-deps.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob } from './job-runner.js';
import { deleteFinishedJobsBefore } from './jobs.repository.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Finished jobs and delivered live events are kept this long, for the admin list and for replay. */
const KEEP_JOBS_MS = 30 * DAY;
const KEEP_EVENTS_MS = DAY;

const purgeKey = (hourStart: number) => `platform.purge-sessions:${hourStart}`;

/** A module's part of the hourly housekeeping: removing what it no longer needs to keep. */
export type Housekeeping = (ctx: ServiceContext) => Promise<unknown>;

/**
 * The platform's own recurring work: the hourly housekeeping (its job kind still says sessions,
 * what it first purged), which runs the modules' parts it is given and then its own. A recurring
 * job enqueues its next run under a key that names that run's hour, so two processes finishing the
 * same run still schedule one successor. The successor is scheduled before the work, so a run that
 * fails does not end the chain.
 */
export function registerPlatformJobs(deps: AppDeps, housekeeping: readonly Housekeeping[]) {
  deps.jobs.register('platform.purge-sessions', async (ctx) => {
    const next = Math.floor(ctx.now() / HOUR) * HOUR + HOUR;
    await enqueueJob(ctx, { kind: 'platform.purge-sessions', runAt: next, uniqueKey: purgeKey(next) });
    for (const part of housekeeping) await part(ctx);
    await deleteFinishedJobsBefore(ctx.db, ctx.now() - KEEP_JOBS_MS);
    await deps.events.deleteBefore(ctx, ctx.now() - KEEP_EVENTS_MS);
  });

  // Admins see a job that failed for good as it happens (the job list shows it too).
  deps.jobs.onFinalFailure(async (ctx, job, error) => {
    if (!job.property_id) return;
    await deps.events.publish(ctx, {
      propertyId: job.property_id,
      topic: 'job.failed',
      permission: 'job.read',
      data: { jobId: job.id, kind: job.kind, attempts: job.attempts, error },
    });
  });
}

/**
 * Starts the recurring chain at process start. The key names the current hour: a restart within
 * the hour adds nothing, and a chain that ended (its runs kept failing) starts again.
 */
export async function schedulePlatformJobs(deps: AppDeps, ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  await enqueueJob(ctx, {
    kind: 'platform.purge-sessions',
    runAt: now,
    uniqueKey: purgeKey(Math.floor(now / HOUR) * HOUR),
  });
}

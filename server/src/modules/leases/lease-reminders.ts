import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { publishLive } from '../../platform/events/live-publisher.js';
import { enqueueJob, type JobHandler } from '../../platform/jobs/job-runner.js';
import type { ModuleJobs } from '../define-module.js';
import { systemActor, type ServiceContext } from '../../platform/context.js';
import { addDays, daysBetween, localHourToUtc, todayIn } from '../../platform/time/calendar.js';
import { timeZoneOf, todayAtProperty } from '../properties/index.js';
import { toLease } from './lease-view.js';
import * as repo from './leases.repository.js';

/** Which days before a lease ends the desk is reminded (LEASE_REMINDER_DAYS). */
export type ReminderDeps = Pick<AppDeps, 'config'>;

export const LEASE_REMINDER_JOB = 'lease.reminder';
/** Reminders reach the desk at the start of the morning shift, local time. */
const REMINDER_HOUR = 9;

const payloadSchema = z.object({ leaseId: z.string(), endDate: z.string(), daysBefore: z.number().int() });
type ReminderPayload = z.infer<typeof payloadSchema>;

/**
 * Schedules the reminders of an active lease: one job per configured day before the end, keyed by
 * lease, end date and day, so scheduling again is a no-op. A changed end date schedules under new
 * keys; the old jobs find the end date moved when they run and say nothing, as do the jobs of a
 * lease that ended or was terminated. Reminders whose day has already passed are not sent.
 */
export async function scheduleLeaseReminders(
  ctx: ServiceContext,
  deps: ReminderDeps,
  lease: Pick<repo.LeaseRow, 'id' | 'property_id' | 'end_date' | 'status'>,
): Promise<void> {
  if (lease.status !== 'active') return;
  const timeZone = await timeZoneOf(ctx, lease.property_id);
  const today = todayIn(timeZone, ctx.now());
  for (const daysBefore of new Set(deps.config.leaseReminderDays)) {
    const day = addDays(lease.end_date, -daysBefore);
    if (day < today) continue;
    const payload: ReminderPayload = { leaseId: lease.id, endDate: lease.end_date, daysBefore };
    await enqueueJob(ctx, {
      kind: LEASE_REMINDER_JOB,
      propertyId: lease.property_id,
      runAt: Math.max(ctx.now(), localHourToUtc(day, REMINDER_HOUR, timeZone)),
      uniqueKey: `${LEASE_REMINDER_JOB}:${lease.id}:${lease.end_date}:${daysBefore}`,
      payload,
    });
  }
}

/** Runs a due reminder: a live event the desk sees at once (the notifications module comes later). */
export function leaseReminderJobs(): ModuleJobs {
  const remind: JobHandler = async (ctx, raw) => {
    const payload = payloadSchema.parse(raw);
    const row = await repo.findLease(ctx.db, payload.leaseId);
    if (!row || row.status !== 'active' || row.end_date !== payload.endDate) return;
    const daysLeft = daysBetween(await todayAtProperty(ctx, row.property_id), row.end_date);
    if (daysLeft < 0) return;
    // Due work has no signed-in user; it reads the lease's unit and tenant as the system, in one property.
    const lease = await toLease({ ...ctx, actor: systemActor([row.property_id]) }, row);
    await publishLive(ctx, {
      propertyId: row.property_id,
      topic: 'lease.expiring',
      permission: 'directory.read',
      data: {
        leaseId: lease.id,
        unitCode: lease.unitCode,
        tenantName: lease.tenantName,
        endDate: lease.endDate,
        daysLeft,
      },
    });
  };
  return { [LEASE_REMINDER_JOB]: remind };
}

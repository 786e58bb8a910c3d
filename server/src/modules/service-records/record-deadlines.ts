import { OPEN_STATUSES } from '@qiantai/contracts';
import { z } from 'zod';
import { inTransaction, systemActor, type ServiceContext } from '../../platform/context.js';
import { publishLive } from '../../platform/events/live-publisher.js';
import { enqueueJob, type JobHandler } from '../../platform/jobs/job-runner.js';
import type { ModuleJobs } from '../define-module.js';
import { deadlineAfter, elapsedBetween } from '../service-config/index.js';
import { escalationLevelsOf } from '../service-config/index.js';
import { serviceSettingsOf } from '../service-config/index.js';
import { notify } from '../notifications/index.js';
import { appendHistory } from './record-history.js';
import { excerpt } from './record-notices.js';
import { policyFor, policyKeyOf } from './record-policy.js';
import * as repo from './service-records.repository.js';

// Deadlines run through the due-work loop (decision 0010): a warning at the configured share of the
// time, then at the breach escalation level 1, level 2 … Each job carries the record's sla_epoch;
// when the deadlines move (a pause, a new agreed deadline) the epoch rises and old jobs do nothing.

export const DEADLINE_JOB = 'service.deadline';
const payloadSchema = z.object({
  recordId: z.string(),
  epoch: z.number().int(),
  which: z.enum(['respond', 'resolve']),
  /** 0 = the warning; 1, 2 … = escalation levels. */
  level: z.number().int().min(0),
});
type Payload = z.infer<typeof payloadSchema>;

type Timed = Pick<
  repo.RecordRow,
  | 'id'
  | 'property_id'
  | 'kind'
  | 'severity'
  | 'category_id'
  | 'sla_epoch'
  | 'respond_due_at'
  | 'resolve_due_at'
>;

const policyOf = (ctx: ServiceContext, r: Timed) => policyFor(ctx, r.property_id, policyKeyOf(r));

async function enqueue(ctx: ServiceContext, r: Timed, payload: Payload, runAt: number) {
  await enqueueJob(ctx, {
    kind: DEADLINE_JOB,
    propertyId: r.property_id,
    runAt,
    uniqueKey: `${DEADLINE_JOB}:${r.id}:${payload.epoch}:${payload.which}:${payload.level}`,
    payload,
  });
}

/** When each owed deadline's warning falls: stored on the record so the screens turn amber then. */
export type WarnTimes = Partial<Pick<repo.RecordRow, 'respond_warn_at' | 'resolve_warn_at'>>;

/**
 * Schedules the warning and the first escalation of each deadline still owed, counted from `from`
 * (when the deadlines were set or last moved), and stores when the warnings fall. Call it in the
 * transaction that set them; the caller's copy of the record takes the returned warning times.
 */
export async function scheduleDeadlines(
  ctx: ServiceContext,
  r: Timed,
  owed: { respond: boolean; resolve: boolean },
  from: number,
): Promise<WarnTimes> {
  const policy = await policyOf(ctx, r);
  const calendar = policy?.calendar ?? 'wall';
  const { warningShare } = await serviceSettingsOf(ctx, r.property_id);
  const first = (await escalationLevelsOf(ctx, r.property_id))[0];
  const warnTimes: WarnTimes = {};
  for (const which of ['respond', 'resolve'] as const) {
    const due = which === 'respond' ? r.respond_due_at : r.resolve_due_at;
    if (due === null || !owed[which]) continue;
    // Rounded: a share of an arbitrary span is fractional, and instants are whole milliseconds.
    const warnAt = Math.round(
      deadlineAfter(calendar, from, elapsedBetween(calendar, from, due) * warningShare),
    );
    warnTimes[which === 'respond' ? 'respond_warn_at' : 'resolve_warn_at'] = warnAt < due ? warnAt : null;
    if (warnAt < due) await enqueue(ctx, r, { recordId: r.id, epoch: r.sla_epoch, which, level: 0 }, warnAt);
    if (first)
      await enqueue(
        ctx,
        r,
        { recordId: r.id, epoch: r.sla_epoch, which, level: first.level },
        due + first.afterMs,
      );
  }
  await repo.setWarnTimes(ctx.db, r.id, warnTimes);
  return warnTimes;
}

/** Whether the deadline the job is about is still owed, unmet and not paused. */
function stillOwed(r: repo.RecordRow | undefined, p: Payload): r is repo.RecordRow {
  if (!r || r.sla_epoch !== p.epoch || r.paused_at !== null) return false;
  if (!OPEN_STATUSES.includes(r.status)) return false;
  return p.which === 'respond' ? r.responded_at === null : r.done_at === null;
}

const dueOf = (r: repo.RecordRow, p: Payload) =>
  (p.which === 'respond' ? r.respond_due_at : r.resolve_due_at) ?? Infinity;

/** The deadline a notice is about, in each language (the code names the action, not the deadline). */
const WHICH = {
  zh: { respond: '响应', resolve: '完成' },
  en: { respond: 'Response', resolve: 'Resolution' },
} as const;

export function deadlineJobs(): ModuleJobs {
  const runDeadline: JobHandler = async (base, raw) => {
    const p = payloadSchema.parse(raw);
    const row = await repo.findRecord(base.db, p.recordId);
    if (!row) return;
    const ctx: ServiceContext = { ...base, actor: systemActor([row.property_id]) };
    await inTransaction(ctx, async (tx) => {
      const r = await repo.findRecord(tx.db, p.recordId);
      if (!stillOwed(r, p)) return;
      if (p.level > 0) await escalate(tx, r, p);
      // A warning that comes after its deadline (the server was down, or the demo starts with
      // month-old records) would announce as near what has passed: the breach's escalation speaks.
      else if (tx.now() < dueOf(r, p)) await warn(tx, r, p);
    });
    await publishLive(ctx, {
      propertyId: row.property_id,
      topic: p.level === 0 ? 'service.record.changed' : 'service.record.escalated',
      permission: p.level === 0 ? null : 'service.read',
      data: { id: row.id, status: row.status, departmentId: row.department_id, level: p.level },
    });
  };
  return { [DEADLINE_JOB]: runDeadline };
}

async function warn(ctx: ServiceContext, r: repo.RecordRow, p: Payload) {
  await appendHistory(ctx, r, { action: 'sla_warning', comment: p.which });
  await notify(ctx, {
    propertyId: r.property_id,
    event: 'service.sla_warning',
    recipients: r.assignee_user_id
      ? { userIds: [r.assignee_user_id] }
      : { departmentIds: r.department_id ? [r.department_id] : [] },
    title: {
      zh: `${r.number} 即将超过${WHICH.zh[p.which]}时限`,
      en: `${r.number}: ${WHICH.en[p.which]} deadline approaching`,
    },
    body: { zh: excerpt(r.content), en: excerpt(r.content) },
    link: `/service/records/${r.id}`,
    entity: { type: 'service_record', id: r.id },
  });
}

async function escalate(ctx: ServiceContext, r: repo.RecordRow, p: Payload) {
  const levels = await escalationLevelsOf(ctx, r.property_id);
  const level = levels.find((l) => l.level === p.level);
  if (!level) return;
  const raised =
    level.level > r.escalation_level &&
    (await repo.updateRecord(ctx.db, r.id, r.version, {
      escalation_level: level.level,
      updated_at: ctx.now(),
    }));
  if (raised) {
    await appendHistory(ctx, r, {
      action: 'escalate',
      comment: p.which,
      changes: { escalationLevel: { from: r.escalation_level, to: level.level } },
    });
  }
  await notify(ctx, {
    propertyId: r.property_id,
    event: 'service.escalated',
    recipients: { roles: [level.role] },
    urgent: level.level > 1,
    title: {
      zh: `${r.number} 已超过${WHICH.zh[p.which]}时限（第 ${level.level} 级升级）`,
      en: `${r.number}: ${WHICH.en[p.which]} deadline breached (escalation level ${level.level})`,
    },
    body: { zh: excerpt(r.content), en: excerpt(r.content) },
    link: `/service/records/${r.id}`,
    entity: { type: 'service_record', id: r.id },
  });
  const next = levels.find((l) => l.level > level.level);
  const due = dueOf(r, p);
  if (next && due !== Infinity) await enqueue(ctx, r, { ...p, level: next.level }, due + next.afterMs);
}

import {
  DISSATISFIED,
  FOLLOW_UP_MAX_ATTEMPTS,
  type FollowUp,
  type RecordFollowUpBody,
  type followUpQuerySchema,
} from '@qiantai/contracts';
import type { z } from 'zod';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { AppError, notFound, staleVersion } from '../../platform/errors.js';
import { addDays, localHourToUtc } from '../../platform/time/calendar.js';
import { timeZoneOf, todayAtProperty } from '../properties/index.js';
import { staffByIds } from '../users/index.js';
import * as repo from './follow-ups.repository.js';
import { viewerOf } from './record-access.js';
import { takeAction } from './record-actions.service.js';
import { appendHistory } from './record-history.js';
import { publishChange } from './record-notices.js';
import { toRecords } from './record-view.js';
import * as records from './service-records.repository.js';

export type FollowUpQuery = z.output<typeof followUpQuerySchema>;
/** A call nobody answered is tried again this much later. */
const RETRY_AFTER_MS = 2 * 3_600_000;

async function toFollowUps(ctx: ServiceContext, rows: repo.FollowUpRow[]): Promise<FollowUp[]> {
  const recordRows = await Promise.all(rows.map((f) => records.findRecord(ctx.db, f.record_id)));
  const viewer = viewerOf(ctx);
  const shown = new Map(
    (
      await toRecords(
        ctx,
        viewer,
        recordRows.filter((r) => r !== undefined),
      )
    ).map((r) => [r.id, r]),
  );
  const staff = await staffByIds(
    ctx,
    rows.flatMap((f) => (f.done_by ? [f.done_by] : [])),
  );
  return rows.flatMap((f) => {
    const r = shown.get(f.record_id);
    if (!r) return [];
    return [
      {
        id: f.id,
        propertyId: f.property_id,
        recordId: r.id,
        recordNumber: r.number,
        kind: r.kind,
        customerName: r.customerName,
        customerPhone: r.customerPhone,
        unitCode: r.unitCode,
        content: r.content,
        result: r.result,
        departmentName: r.departmentName,
        departmentNameEn: r.departmentNameEn,
        dueAt: f.due_at,
        status: f.status,
        attempts: f.attempts,
        satisfaction: f.satisfaction,
        comment: f.comment,
        doneByName: f.done_by ? (staff.get(f.done_by)?.displayName ?? null) : null,
        doneAt: f.done_at,
        version: f.version,
      },
    ];
  });
}

/** Follow-ups due today (overdue ones included), overdue only, or all, earliest first. */
export async function listFollowUps(ctx: ServiceContext, q: FollowUpQuery) {
  assertPropertyInScope(ctx, q.propertyId);
  let dueBefore: number | undefined;
  if (q.due === 'overdue') dueBefore = ctx.now();
  if (q.due === 'today') {
    const tomorrow = addDays(await todayAtProperty(ctx, q.propertyId), 1);
    dueBefore = localHourToUtc(tomorrow, 0, await timeZoneOf(ctx, q.propertyId));
  }
  const { rows, total } = await repo.listFollowUps(
    ctx.db,
    { propertyId: q.propertyId, status: q.status, dueBefore },
    (q.page - 1) * q.pageSize,
    q.pageSize,
  );
  return { items: await toFollowUps(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

/**
 * The desk's call back. Reached and satisfied: the record is followed up (a supervisor closes it).
 * Reached and dissatisfied: the record reopens to the supervisor. Not reached: tried again later,
 * given up after FOLLOW_UP_MAX_ATTEMPTS calls.
 */
export async function recordFollowUp(
  ctx: ServiceContext,
  id: string,
  body: RecordFollowUpBody,
): Promise<FollowUp> {
  const actor = requireActor(ctx);
  const { followUp, record } = await inTransaction(ctx, async (tx) => {
    const f = await repo.findFollowUp(tx.db, id);
    if (!f) throw notFound();
    assertPropertyInScope(tx, f.property_id);
    if (f.version !== body.version) throw staleVersion(f.version);
    if (f.status !== 'pending') throw new AppError('CONFLICT', 'service.followUpClosed');
    const record = await records.findRecord(tx.db, f.record_id);
    // Pending follow-ups are cancelled when their record leaves "done"; this guards the rest.
    if (!record || record.status !== 'done') throw new AppError('CONFLICT', 'service.followUpClosed');
    const now = tx.now();
    const attempts = f.attempts + 1;
    const givenUp = !body.reached && attempts >= FOLLOW_UP_MAX_ATTEMPTS;
    const changes: Partial<repo.FollowUpRow> = !body.reached
      ? givenUp
        ? { attempts, comment: body.comment, status: 'unreached', done_by: actor.userId, done_at: now }
        : { attempts, comment: body.comment, due_at: now + RETRY_AFTER_MS }
      : {
          attempts,
          comment: body.comment,
          satisfaction: body.satisfaction,
          status: 'done',
          done_by: actor.userId,
          done_at: now,
        };
    changes.updated_at = now;
    // The call is written first: a reopen below cancels whatever follow-up is still pending.
    if (!(await repo.updateFollowUp(tx.db, f.id, f.version, changes))) throw staleVersion(f.version + 1);
    let after = record;
    if (!body.reached) {
      await appendHistory(tx, record, { action: 'follow_up_unreached', comment: body.comment });
    } else {
      // The satisfaction goes into the history with the call; a dissatisfied one then reopens the record.
      after = await takeAction(tx, record, {
        action: 'follow_up',
        version: record.version,
        comment: body.comment,
        satisfaction: body.satisfaction,
      });
      if (DISSATISFIED.includes(body.satisfaction))
        after = await takeAction(tx, after, {
          action: 'reopen',
          version: after.version,
          comment: body.comment,
        });
    }
    return { followUp: { ...f, ...changes, version: f.version + 1 }, record: after };
  });
  await publishChange(ctx, record);
  return (await toFollowUps(ctx, [followUp]))[0]!;
}

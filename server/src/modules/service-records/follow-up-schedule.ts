import { FOLLOWED_UP_KINDS } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../../platform/context.js';
import { serviceSettingsOf } from '../service-config/index.js';
import * as repo from './follow-ups.repository.js';
import type { RecordRow } from './service-records.repository.js';

/** A completed repair or complaint owes the customer a call (回访) after the property's delay. */
export async function createFollowUpFor(ctx: ServiceContext, r: RecordRow) {
  if (!FOLLOWED_UP_KINDS.includes(r.kind) || r.done_at === null) return;
  const { followUpDelayMs } = await serviceSettingsOf(ctx, r.property_id);
  const now = ctx.now();
  await repo.insertFollowUp(ctx.db, {
    id: newId(now),
    property_id: r.property_id,
    record_id: r.id,
    due_at: r.done_at + followUpDelayMs,
    status: 'pending',
    attempts: 0,
    satisfaction: null,
    comment: '',
    done_by: null,
    done_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
}

/** A record reopened, closed or cancelled before its call back owes no follow-up any more. */
export const cancelFollowUpsOf = (ctx: ServiceContext, recordId: string) =>
  repo.cancelPendingOf(ctx.db, recordId, ctx.now());

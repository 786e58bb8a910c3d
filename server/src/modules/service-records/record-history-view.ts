import type { ServiceRecordEvent } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { unitsByIds } from '../buildings/index.js';
import { personNamesByIds } from '../people/index.js';
import { staffByIds } from '../users/index.js';
import { categoryPathsOf } from './record-policy.js';
import { toEvent } from './record-view.js';
import type { RecordEventRow } from './service-records.repository.js';

type Change = { from: unknown; to: unknown };
type Namer = (id: string) => unknown;

const idsIn = (events: readonly ServiceRecordEvent[], field: string) =>
  events.flatMap((e) => {
    const change = e.changes?.[field];
    return change ? [change.from, change.to].filter((v): v is string => typeof v === 'string') : [];
  });

/**
 * A record's history as its page shows it. A change keeps the ids it was made with (who the record
 * was assigned to, its unit, directory person and category); the page shows names instead,
 * including ones it could not look up itself (department staff see no staff list; a disabled
 * account has left it). A category becomes its path, named in both languages. An id that no longer
 * resolves stays as it is.
 */
export async function historyOf(
  ctx: ServiceContext,
  propertyId: string,
  rows: readonly RecordEventRow[],
): Promise<ServiceRecordEvent[]> {
  const events = rows.map(toEvent);
  const lookups: Record<string, (ids: string[]) => Promise<Namer>> = {
    assignee_user_id: async (ids) => {
      const staff = await staffByIds(ctx, ids);
      return (id) => staff.get(id)?.displayName;
    },
    unit_id: async (ids) => {
      const codes = new Map((await unitsByIds(ctx, ids)).map((u) => [u.id, u.code]));
      return (id) => codes.get(id);
    },
    customer_person_id: async (ids) => {
      const names = await personNamesByIds(ctx, ids);
      return (id) => names.get(id);
    },
    category_id: async (ids) => {
      const paths = await categoryPathsOf(
        ctx,
        ids.map((categoryId) => ({ categoryId, propertyId })),
      );
      return (id) => paths.get(id);
    },
  };
  const namers = new Map<string, Namer>();
  for (const [field, lookup] of Object.entries(lookups)) {
    const ids = idsIn(events, field);
    if (ids.length > 0) namers.set(field, await lookup([...new Set(ids)]));
  }
  if (namers.size === 0) return events;
  const named = (namer: Namer, value: unknown) =>
    typeof value === 'string' ? (namer(value) ?? value) : value;
  return events.map((e) => {
    if (!e.changes) return e;
    const changes: Record<string, Change> = {};
    for (const [field, change] of Object.entries(e.changes)) {
      const namer = namers.get(field);
      changes[field] = namer ? { from: named(namer, change.from), to: named(namer, change.to) } : change;
    }
    return { ...e, changes };
  });
}

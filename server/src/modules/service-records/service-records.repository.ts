import type { ServiceKind, ServiceSeverity, ServiceStatus } from '@qiantai/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ServiceRecordEventsTable, ServiceRecordsTable } from './service-records.tables.js';
import { containsText, startsWithText } from '../../db/like.js';

export type RecordRow = ServiceRecordsTable;
export type RecordEventRow = ServiceRecordEventsTable;

/** The register's filters, already resolved to columns and instants by the service. */
export interface RecordFilter {
  propertyId: string;
  /** Department staff: only this department's records. */
  onlyDepartmentId?: string | null;
  createdFrom?: number;
  createdBefore?: number;
  kinds?: ServiceKind[];
  /** Only these statuses; an empty list matches none. */
  statuses?: readonly ServiceStatus[];
  severities?: ServiceSeverity[];
  departmentId?: string;
  assigneeUserId?: string;
  customerPersonId?: string;
  unitId?: string;
  /** Open records past either deadline at this instant. */
  overdueAt?: number;
  q?: string;
}

/**
 * Takes the next number of the day for the property. The counter row is written before it is read,
 * so two transactions never draw the same number (the second waits for the first's write lock).
 */
export async function nextDailyNumber(db: Db, propertyId: string, day: string): Promise<number> {
  const row = await db
    .insertInto('service_record_counters')
    .values({ property_id: propertyId, day, last: 1 })
    .onConflict((oc) =>
      oc
        .columns(['property_id', 'day'])
        .doUpdateSet((eb) => ({ last: eb('service_record_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertRecord(db: Db, row: RecordRow): Promise<void> {
  await db.insertInto('service_records').values(row).execute();
}

export async function findRecord(db: Db, id: string): Promise<RecordRow | undefined> {
  return db.selectFrom('service_records').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes the changed columns if the version is still the one read; false when someone was first. */
export async function updateRecord(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Omit<RecordRow, 'id' | 'property_id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('service_records')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** When the deadlines' warnings fall: derived from them, so written without a version of its own. */
export async function setWarnTimes(
  db: Db,
  id: string,
  times: Partial<Pick<RecordRow, 'respond_warn_at' | 'resolve_warn_at'>>,
): Promise<void> {
  if (Object.keys(times).length === 0) return;
  await db.updateTable('service_records').set(times).where('id', '=', id).execute();
}

function filtered(db: Db, f: RecordFilter) {
  let query = db.selectFrom('service_records').where('property_id', '=', f.propertyId);
  if (f.onlyDepartmentId !== undefined)
    query =
      f.onlyDepartmentId === null
        ? query.where(sql<boolean>`1 = 0`) // staff without a department have no queue
        : query.where('department_id', '=', f.onlyDepartmentId);
  if (f.createdFrom !== undefined) query = query.where('created_at', '>=', f.createdFrom);
  if (f.createdBefore !== undefined) query = query.where('created_at', '<', f.createdBefore);
  if (f.kinds?.length) query = query.where('kind', 'in', f.kinds);
  // An empty list matches none (open records of finished statuses only, or ?status= with none).
  if (f.statuses)
    query = f.statuses.length ? query.where('status', 'in', f.statuses) : query.where(sql<boolean>`1 = 0`);
  if (f.severities?.length) query = query.where('severity', 'in', f.severities);
  if (f.departmentId) query = query.where('department_id', '=', f.departmentId);
  if (f.assigneeUserId) query = query.where('assignee_user_id', '=', f.assigneeUserId);
  if (f.customerPersonId) query = query.where('customer_person_id', '=', f.customerPersonId);
  if (f.unitId) query = query.where('unit_id', '=', f.unitId);
  if (f.overdueAt !== undefined) {
    const at = f.overdueAt;
    query = query
      .where('paused_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('responded_at', 'is', null), eb('respond_due_at', '<', at)]),
          eb.and([eb('done_at', 'is', null), eb('resolve_due_at', '<', at)]),
        ]),
      );
  }
  if (f.q) {
    const q = f.q;
    const number = numberSearch(q);
    // A record number is looked for among numbers only, within the days it can name: a search
    // through every record's name and content is a scan of the whole register.
    query = number
      ? query
          .where('created_at', '>=', number.from)
          .where('created_at', '<', number.before)
          .where(startsWithText('number', q))
      : query.where((eb) =>
          eb.or([startsWithText('number', q), containsText('customer_name', q), containsText('content', q)]),
        );
  }
  return query;
}

const HOUR_MS = 3_600_000;

/**
 * What a search shaped like a record number (KF-2026, KF-202611, KF-20261127, KF-20261127-0012)
 * can match: numbers drawn on that year, month or day. The number names the property's local day,
 * and any time zone's day lies between 14 h before and 12 h after the UTC day (UTC+14 … UTC−12).
 */
export function numberSearch(q: string): { from: number; before: number } | null {
  const m = /^kf-(\d{4})(\d{2})?(\d{2})?(?:-\d{0,4})?$/i.exec(q.trim());
  if (!m) return null;
  const [year, month, day] = [
    Number(m[1]),
    m[2] ? Number(m[2]) - 1 : undefined,
    m[3] ? Number(m[3]) : undefined,
  ];
  const start = Date.UTC(year, month ?? 0, day ?? 1);
  const end =
    day !== undefined
      ? Date.UTC(year, month!, day + 1)
      : month !== undefined
        ? Date.UTC(year, month + 1, 1)
        : Date.UTC(year + 1, 0, 1);
  if (Number.isNaN(start)) return null;
  return { from: start - 14 * HOUR_MS, before: end + 12 * HOUR_MS };
}

/**
 * One page, newest first (id breaks ties: ids rise with creation time). The list indexes end in
 * (created_at, id), so one status (or kind) is one range already in order. Several statuses (open,
 * overdue) would be several ranges to sort together, so each is read in order on its own, no
 * further than the page's end, and the ranges are merged (at most `offset + limit` rows each).
 */
export async function listRecords(
  db: Db,
  f: RecordFilter,
  offset: number,
  limit: number,
): Promise<RecordRow[]> {
  const ranges =
    (f.statuses?.length ?? 0) > 1
      ? f.statuses!.map((status) => ({ ...f, statuses: [status] }))
      : (f.kinds?.length ?? 0) > 1
        ? f.kinds!.map((kind) => ({ ...f, kinds: [kind] }))
        : null;
  if (!ranges)
    return filtered(db, f)
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute();

  const [first, ...rest] = ranges.map((range, i) =>
    db
      .selectFrom(
        filtered(db, range)
          .select(['id', 'created_at'])
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(offset + limit)
          .as(`r${i}`),
      )
      .select(['id', 'created_at']),
  );
  const merged = rest.reduce((all, next) => all.unionAll(next), first!);
  const page = await db
    .selectFrom(merged.as('merged'))
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom('service_records')
    .selectAll()
    .where(
      'id',
      'in',
      page.map((p) => p.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.map((p) => byId.get(p.id)!);
}

/** How many records match, counting no further than `cap` (a million-row count is not worth a page turn). */
export async function countRecords(db: Db, f: RecordFilter, cap: number): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, f).select('id').limit(cap).as('capped'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEvent(db: Db, row: RecordEventRow): Promise<void> {
  await db.insertInto('service_record_events').values(row).execute();
}

export async function eventsOf(db: Db, recordId: string): Promise<RecordEventRow[]> {
  return db
    .selectFrom('service_record_events')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('id')
    .execute();
}

/**
 * The history entries of these records with one of the actions, oldest first (the register's sheet
 * reads who completed each record). Ids go in chunks, well under either database's parameter limit.
 */
export async function eventsOfRecords(
  db: Db,
  recordIds: readonly string[],
  actions: readonly string[],
): Promise<Pick<RecordEventRow, 'record_id' | 'actor_name' | 'at'>[]> {
  const out: Pick<RecordEventRow, 'record_id' | 'actor_name' | 'at'>[] = [];
  for (let i = 0; i < recordIds.length; i += 1_000) {
    const rows = await db
      .selectFrom('service_record_events')
      .select(['record_id', 'actor_name', 'at'])
      .where('record_id', 'in', recordIds.slice(i, i + 1_000))
      .where('action', 'in', actions)
      .orderBy('id')
      .execute();
    out.push(...rows);
  }
  return out;
}

export async function linkFile(db: Db, recordId: string, fileId: string, at: number): Promise<void> {
  await db
    .insertInto('service_record_files')
    .values({ record_id: recordId, file_id: fileId, created_at: at })
    .execute();
}

export async function fileIdsOf(db: Db, recordId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('service_record_files')
    .select('file_id')
    .where('record_id', '=', recordId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.file_id);
}

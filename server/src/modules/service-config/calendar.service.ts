import type { BusinessHours, CreateHolidayBody, Holiday, PutBusinessHoursBody } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditedFields, diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { auditCreate, auditDelete } from '../../platform/audit/audited-writes.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { conflictOn, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { timeZoneOf } from '../properties/index.js';
import type { BusinessCalendar } from './business-time.js';
import { DEFAULT_WEEKLY_HOURS } from './service-config-defaults.js';
import * as repo from './calendar.repository.js';

// Business hours per weekday and the holiday list (法定节假日 closed, 调休 weekend days worked) of a
// property: what business-time deadlines count.

type Weekly = BusinessCalendar['weekly'];

const parseWeekly = (json: string): Weekly => JSON.parse(json) as Weekly;

async function weeklyOf(ctx: ServiceContext, propertyId: string) {
  const row = await repo.findBusinessHours(ctx.db, propertyId);
  return { weekly: row ? parseWeekly(row.weekly) : DEFAULT_WEEKLY_HOURS, version: row?.version ?? 0 };
}

export async function getBusinessHours(ctx: ServiceContext, propertyId: string): Promise<BusinessHours> {
  assertPropertyInScope(ctx, propertyId);
  const { weekly, version } = await weeklyOf(ctx, propertyId);
  return { propertyId, timeZone: await timeZoneOf(ctx, propertyId), weekly, version };
}

/** Saves the week; `version` 0 means the property never had its own hours (the defaults were shown). */
export async function putBusinessHours(
  ctx: ServiceContext,
  body: PutBusinessHoursBody,
): Promise<BusinessHours> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findBusinessHours(tx.db, body.propertyId);
    const current = before?.version ?? 0;
    if (current !== body.version) throw staleVersion(current);
    const weekly = JSON.stringify(body.weekly);
    const now = tx.now();
    if (!before)
      await repo.insertBusinessHours(tx.db, {
        property_id: body.propertyId,
        weekly,
        updated_at: now,
        version: 1,
      });
    else if (!(await repo.updateBusinessHours(tx.db, body.propertyId, body.version, weekly, now)))
      throw staleVersion(current);
    await writeAudit(tx, {
      action: 'serviceConfig.businessHours.update',
      entityType: 'business_hours',
      entityId: body.propertyId,
      propertyId: body.propertyId,
      changes: diffFields({ weekly: before ? parseWeekly(before.weekly) : null }, { weekly: body.weekly }),
    });
    return getBusinessHours(tx, body.propertyId);
  });
}

const toHoliday = (row: repo.HolidayRow): Holiday => ({
  id: row.id,
  propertyId: row.property_id,
  date: row.date,
  kind: row.kind,
  name: row.name,
});
const HOLIDAY = { entityType: 'holiday', view: auditedFields<Holiday> };

export async function listHolidays(ctx: ServiceContext, q: { propertyId: string; year: number }) {
  assertPropertyInScope(ctx, q.propertyId);
  return (await repo.listHolidays(ctx.db, q.propertyId, `${q.year}-01-01`, `${q.year}-12-31`)).map(toHoliday);
}

/** Inserts holiday dates the caller has checked; one audit entry each unless `quiet` (the seed logs once). */
export async function insertHolidays(ctx: ServiceContext, rows: repo.HolidayRow[], quiet = false) {
  await repo.insertHolidays(ctx.db, rows);
  if (quiet) return;
  for (const row of rows)
    await auditCreate(ctx, { action: 'serviceConfig.holiday.create', ...HOLIDAY, entity: toHoliday(row) });
}

export async function addHoliday(ctx: ServiceContext, body: CreateHolidayBody): Promise<Holiday> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    if (await repo.findHolidayOn(tx.db, body.propertyId, body.date))
      throw conflictOn('serviceConfig.holidayTaken', 'date');
    const now = tx.now();
    const row: repo.HolidayRow = {
      id: newId(now),
      property_id: body.propertyId,
      date: body.date,
      kind: body.kind,
      name: body.name,
      created_at: now,
    };
    await insertHolidays(tx, [row]);
    return toHoliday(row);
  });
}

/** A date is taken off the list (a mistyped one, a plan that changed); the audit entry keeps it. */
export async function removeHoliday(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = requireInScope(tx, await repo.findHoliday(tx.db, id));
    await repo.deleteHoliday(tx.db, id);
    await auditDelete(tx, { action: 'serviceConfig.holiday.delete', ...HOLIDAY, entity: toHoliday(row) });
  });
}

// Calendars are reused while their content is unchanged: business-time arithmetic remembers each
// day's hours per calendar object, so a fresh object per record would recompute every day.
const calendars = new Map<string, BusinessCalendar>();
const MAX_CALENDARS = 200;

/** The property's calendar for business-time deadlines (the caller has checked scope). */
export async function businessCalendarOf(ctx: ServiceContext, propertyId: string): Promise<BusinessCalendar> {
  const { weekly } = await weeklyOf(ctx, propertyId);
  const timeZone = await timeZoneOf(ctx, propertyId);
  const days = await repo.listHolidays(ctx.db, propertyId);
  const holidays = days.filter((d) => d.kind === 'holiday').map((d) => d.date);
  const workdays = days.filter((d) => d.kind === 'workday').map((d) => d.date);
  const key = JSON.stringify([timeZone, weekly, holidays, workdays]);
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    calendar = { timeZone, weekly, holidays, workdays };
    calendars.set(key, calendar);
  }
  return calendar;
}

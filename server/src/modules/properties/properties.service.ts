import type { CreatePropertyBody, Department, PropertySummary } from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { newId } from '../../db/ids.js';
import { diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  SYSTEM_USER_ID,
  type ServiceContext,
} from '../../platform/context.js';
import { conflictOn } from '../../platform/errors.js';
import { STANDARD_DEPARTMENTS } from './standard-departments.js';
import { todayIn } from '../../platform/time/calendar.js';
import * as repo from './properties.repository.js';

type PropertyRow = Awaited<ReturnType<typeof repo.findProperties>>[number];
type DepartmentRow = Awaited<ReturnType<typeof repo.findDepartments>>[number];

export const toPropertySummary = (p: PropertyRow): PropertySummary => ({
  id: p.id,
  code: p.code,
  name: p.name,
  nameEn: p.name_en,
  kind: p.kind,
  timezone: p.timezone,
});

const toDepartment = (d: DepartmentRow): Department => ({
  id: d.id,
  propertyId: d.property_id,
  code: d.code,
  name: d.name,
  nameEn: d.name_en,
});

export async function propertiesByIds(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<PropertySummary[]> {
  return (await repo.findProperties(ctx.db, ids)).map(toPropertySummary);
}

// A property's time zone is set when it is created and never changed (no route edits it), so it
// can be remembered for the life of the process: "today" is asked on every list and search.
const timeZones = new Map<string, string>();

/** The property's time zone (properties default to Asia/Shanghai). */
export async function timeZoneOf(ctx: ServiceContext, propertyId: string): Promise<string> {
  const known = timeZones.get(propertyId);
  if (known) return known;
  const [property] = await repo.findProperties(ctx.db, [propertyId]);
  if (!property) return 'Asia/Shanghai';
  timeZones.set(propertyId, property.timezone);
  return property.timezone;
}

/**
 * Today's date (YYYY-MM-DD) where the property is: whether a lease has ended or someone still lives
 * in a unit is a question of calendar dates at the property, not of UTC.
 */
export async function todayAtProperty(ctx: ServiceContext, propertyId: string): Promise<string> {
  return todayIn(await timeZoneOf(ctx, propertyId), ctx.now());
}

export async function myProperties(ctx: ServiceContext): Promise<PropertySummary[]> {
  return propertiesByIds(ctx, requireActor(ctx).propertyIds);
}

export async function departmentsOf(ctx: ServiceContext, propertyId: string): Promise<Department[]> {
  assertPropertyInScope(ctx, propertyId);
  return (await repo.findDepartments(ctx.db, propertyId)).map(toDepartment);
}

/** The department, if it exists and belongs to one of `propertyIds`. */
export async function departmentWithin(ctx: ServiceContext, id: string, propertyIds: readonly string[]) {
  const d = await repo.findDepartment(ctx.db, id);
  return d && propertyIds.includes(d.property_id) ? toDepartment(d) : null;
}

/**
 * Creates a property with the standard departments, and lets every module seed what a new property
 * needs of it (its `onPropertyCreated`: the phone book, the register's configuration) in the same
 * transaction. The creator is assigned to it (otherwise property scope would hide it from them).
 */
export async function createProperty(
  ctx: ServiceContext,
  deps: Pick<AppDeps, 'onPropertyCreated'>,
  body: CreatePropertyBody,
  opts: { isDemo?: boolean } = {},
) {
  return inTransaction(ctx, async (tx) => {
    if (await repo.findPropertyByCode(tx.db, body.code)) throw conflictOn('property.codeTaken', 'code');
    const now = tx.now();
    const row = {
      id: newId(now),
      code: body.code,
      name: body.name,
      name_en: body.nameEn,
      kind: body.kind,
      timezone: body.timezone,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
    };
    await repo.insertProperty(tx.db, row);
    const departments = STANDARD_DEPARTMENTS.map((d) => ({
      id: newId(now),
      property_id: row.id,
      code: d.code,
      name: d.name,
      name_en: d.nameEn,
      created_at: now,
    }));
    await repo.insertDepartments(tx.db, departments);
    const summary = toPropertySummary(row);
    const created = { property: summary, departments: departments.map(toDepartment) };
    for (const seed of deps.onPropertyCreated) await seed(tx, created);
    if (tx.actor && tx.actor.userId !== SYSTEM_USER_ID) await repo.assignUser(tx.db, tx.actor.userId, row.id);
    await writeAudit(tx, {
      action: 'property.create',
      entityType: 'property',
      entityId: row.id,
      propertyId: row.id,
      changes: diffFields(null, summary),
    });
    return summary;
  });
}

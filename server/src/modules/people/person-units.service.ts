import type {
  PersonUnit,
  UpdatePersonUnitBody,
  endPersonUnitBodySchema,
  linkPersonUnitBodySchema,
} from '@qiantai/contracts';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import { conflictOn, invalid, notFound } from '../../platform/errors.js';
import { requireUnit, unitsByIds } from '../buildings/index.js';
import { requirePersonRow } from './person-access.js';
import { reindexResidence } from './person-index.js';
import * as repo from './person-units.repository.js';
import { isCurrentOn } from './property-dates.js';
import { todayAtProperty } from '../properties/index.js';

export type LinkPersonUnitBody = z.output<typeof linkPersonUnitBodySchema>;
export type EndPersonUnitBody = z.output<typeof endPersonUnitBodySchema>;

/** Links as answered: with the person's name and the unit's code (units outside scope are left out). */
async function toPersonUnits(ctx: ServiceContext, rows: repo.PersonUnitWithName[]): Promise<PersonUnit[]> {
  const units = new Map(
    (await unitsByIds(ctx, [...new Set(rows.map((r) => r.unit_id))])).map((u) => [u.id, u]),
  );
  return rows.flatMap((r) => {
    const unit = units.get(r.unit_id);
    if (!unit) return [];
    return [
      {
        id: r.id,
        personId: r.person_id,
        personName: r.person_name,
        unitId: r.unit_id,
        unitCode: unit.code,
        role: r.role,
        from: r.from_date,
        until: r.until_date,
      },
    ];
  });
}

/** Every link (current and past) of these people; the caller has checked the people are in scope. */
export async function linksOfPeople(ctx: ServiceContext, personIds: readonly string[]) {
  return toPersonUnits(ctx, await repo.linksOfPeople(ctx.db, personIds));
}

/** Everyone who lives or lived in the unit: current and past links, for the unit's page. */
export async function linksOfUnit(ctx: ServiceContext, unitId: string): Promise<PersonUnit[]> {
  await requireUnit(ctx, unitId);
  return toPersonUnits(ctx, await repo.linksOfUnits(ctx.db, [unitId]));
}

/** The people living in these units today, with their roles (owner, tenant, household …). */
export async function occupantsOfUnits(
  ctx: ServiceContext,
  unitIds: readonly string[],
): Promise<PersonUnit[]> {
  const units = await unitsByIds(ctx, unitIds);
  const todays = new Map<string, string>();
  for (const propertyId of new Set(units.map((u) => u.propertyId)))
    todays.set(propertyId, await todayAtProperty(ctx, propertyId));
  const rows = await repo.linksOfUnits(
    ctx.db,
    units.map((u) => u.id),
  );
  const current = rows.filter((r) => isCurrentOn(todays.get(r.property_id)!, r.until_date));
  return toPersonUnits(ctx, current);
}

const auditView = (l: PersonUnit) => ({ unitCode: l.unitCode, role: l.role, from: l.from, until: l.until });
/** A residence's changes are entries of the person's history. */
const ofPerson = (person: { id: string; property_id: string }) => ({
  entityType: 'person',
  entityId: person.id,
  propertyId: person.property_id,
});

export async function linkPersonToUnit(
  ctx: ServiceContext,
  personId: string,
  body: LinkPersonUnitBody,
): Promise<PersonUnit> {
  return inTransaction(ctx, async (tx) => {
    const person = await requirePersonRow(tx, personId);
    const unit = await requireUnit(tx, body.unitId);
    if (unit.propertyId !== person.property_id) throw invalid('directory.unitNotInProperty', 'unitId');
    if (body.from && body.until && body.until < body.from)
      throw invalid('directory.linkEndsBeforeStart', 'until');
    const today = await todayAtProperty(tx, person.property_id);
    const existing = await repo.linksOfPeople(tx.db, [personId]);
    const duplicate = existing.some(
      (l) => l.unit_id === unit.id && l.role === body.role && isCurrentOn(today, l.until_date),
    );
    if (duplicate && isCurrentOn(today, body.until)) throw conflictOn('directory.alreadyLinked', 'unitId');
    const row: repo.PersonUnitRow = {
      id: newId(tx.now()),
      property_id: person.property_id,
      person_id: personId,
      unit_id: unit.id,
      role: body.role,
      from_date: body.from,
      until_date: body.until,
      created_at: tx.now(),
    };
    await repo.insertLink(tx.db, row);
    const [link] = await toPersonUnits(tx, [{ ...row, person_name: person.name }]);
    await auditCreate(tx, {
      action: 'person.unit.link',
      ...ofPerson(person),
      entity: link!,
      view: auditView,
      detail: { linkId: row.id, unitId: unit.id },
    });
    await reindexResidence(tx, row);
    return link!;
  });
}

/** Ends a residence: the link stays, with its last day, so the unit's history is kept. */
export async function endPersonUnitLink(
  ctx: ServiceContext,
  personId: string,
  linkId: string,
  body: EndPersonUnitBody,
): Promise<PersonUnit> {
  return inTransaction(ctx, async (tx) => {
    const person = await requirePersonRow(tx, personId);
    const row = await repo.findLink(tx.db, linkId);
    if (!row || row.person_id !== personId) throw notFound();
    if (row.from_date && body.until < row.from_date) throw invalid('directory.linkEndsBeforeStart', 'until');
    await repo.setLinkUntil(tx.db, linkId, body.until);
    const [before] = await toPersonUnits(tx, [row]);
    const after = { ...before!, until: body.until };
    await auditUpdate(tx, {
      action: 'person.unit.end',
      ...ofPerson(person),
      before: before!,
      after,
      view: auditView,
      detail: { linkId, unitId: row.unit_id },
    });
    await reindexResidence(tx, { ...row, until_date: body.until });
    return after;
  });
}

/** Corrects a residence (role, move-in, move-out); the change is in the person's history. */
export async function updatePersonUnitLink(
  ctx: ServiceContext,
  personId: string,
  linkId: string,
  body: UpdatePersonUnitBody,
): Promise<PersonUnit> {
  return inTransaction(ctx, async (tx) => {
    const person = await requirePersonRow(tx, personId);
    const row = await repo.findLink(tx.db, linkId);
    if (!row || row.person_id !== personId) throw notFound();
    const patch = {
      role: body.role ?? row.role,
      from_date: body.from === undefined ? row.from_date : body.from,
      until_date: body.until === undefined ? row.until_date : body.until,
    };
    if (patch.from_date && patch.until_date && patch.until_date < patch.from_date)
      throw invalid('directory.linkEndsBeforeStart', 'until');
    const today = await todayAtProperty(tx, person.property_id);
    const others = (await repo.linksOfPeople(tx.db, [personId])).filter((l) => l.id !== linkId);
    const duplicate = others.some(
      (l) => l.unit_id === row.unit_id && l.role === patch.role && isCurrentOn(today, l.until_date),
    );
    if (duplicate && isCurrentOn(today, patch.until_date))
      throw conflictOn('directory.alreadyLinked', 'role');
    await repo.updateLink(tx.db, linkId, patch);
    const [before] = await toPersonUnits(tx, [row]);
    const after: PersonUnit = {
      ...before!,
      role: patch.role,
      from: patch.from_date,
      until: patch.until_date,
    };
    await auditUpdate(tx, {
      action: 'person.unit.update',
      ...ofPerson(person),
      before: before!,
      after,
      view: auditView,
      detail: { linkId, unitId: row.unit_id },
    });
    await reindexResidence(tx, { ...row, ...patch });
    return after;
  });
}

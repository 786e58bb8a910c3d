import type { AuditEntry, PersonCard } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { historyOf } from '../audit/index.js';
import { requireUnit } from '../buildings/index.js';
import { leasesOfPeople } from '../leases/index.js';
import { parkingOfPeople } from '../parking/index.js';
import { requirePerson } from '../people/index.js';
import { linksOfPeople, linksOfUnit, occupantsOfUnits } from '../people/index.js';
import { isCurrentOn } from '../people/index.js';
import { todayAtProperty } from '../properties/index.js';
import { vehiclesOfPeople } from '../vehicles/index.js';

// The composition of the directory: the person card and the unit page show what several modules
// hold (people, units, vehicles, parking, leases, the audit log). It depends on them and nothing
// depends on it, so those modules need not know each other.

/**
 * Everything the desk needs about one person on one screen: their units, who else lives there,
 * their vehicles, parking spaces and leases. Every phone and ID number in it is masked.
 */
export async function personCard(ctx: ServiceContext, personId: string): Promise<PersonCard> {
  const person = await requirePerson(ctx, personId);
  const units = await linksOfPeople(ctx, [personId]);
  const today = await todayAtProperty(ctx, person.propertyId);
  const currentUnitIds = units.filter((u) => isCurrentOn(today, u.until)).map((u) => u.unitId);
  const household = (await occupantsOfUnits(ctx, currentUnitIds)).filter((l) => l.personId !== personId);
  // One after another: the context may be a transaction, which is one connection.
  const vehicles = await vehiclesOfPeople(ctx, [personId]);
  const parking = await parkingOfPeople(ctx, [personId]);
  const leases = await leasesOfPeople(ctx, [personId]);
  return { person, units, household, vehicles, parking, leases };
}

/** The person's history: every change to them and their residences, and every reveal, newest first. */
export async function personHistory(ctx: ServiceContext, personId: string): Promise<AuditEntry[]> {
  const person = await requirePerson(ctx, personId);
  return historyOf(ctx, 'person', person.id, person.propertyId);
}

/** One unit with everyone linked to it, current and past, for the unit page. */
export async function unitDetail(ctx: ServiceContext, unitId: string) {
  const unit = await requireUnit(ctx, unitId);
  return { ...unit, people: await linksOfUnit(ctx, unit.id) };
}

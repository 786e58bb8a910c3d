import type { ServiceContext } from '../../platform/context.js';
import { indexPerson, indexResidence } from '../lookup/index.js';
import type { PersonRow } from './people.repository.js';
import type { PersonUnitRow } from './person-units.repository.js';
import { otherPhonesOf } from './person-view.js';

/**
 * Keeps the desk lookup's index of a person current, in the caller's transaction. It gets the
 * plain phones (the index matches on phone tails); the lookup masks whatever it shows.
 */
export async function reindexPerson(tx: ServiceContext, row: PersonRow): Promise<void> {
  await indexPerson(tx, {
    id: row.id,
    propertyId: row.property_id,
    name: row.name,
    mobile: row.mobile,
    otherPhones: otherPhonesOf(row),
  });
}

/** A residence link as the lookup shows it (unit on the person's result, person on the unit's). */
export async function reindexResidence(tx: ServiceContext, link: PersonUnitRow): Promise<void> {
  await indexResidence(tx, {
    linkId: link.id,
    propertyId: link.property_id,
    personId: link.person_id,
    unitId: link.unit_id,
    role: link.role,
    until: link.until_date,
    createdAt: link.created_at,
  });
}

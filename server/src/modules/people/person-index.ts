import type { ServiceContext } from '../../platform/context.js';
import { indexPerson } from '../lookup/lookup-index.service.js';
import type { PersonRow } from './people.repository.js';
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

import { inTransaction, type ServiceContext } from '../../platform/context.js';
import * as index from './lookup-index.repository.js';
import {
  nameSyllables,
  personTerms,
  unitTerms,
  vehicleTerms,
  type PersonToIndex,
  type SearchTermRow,
  type UnitToIndex,
  type VehicleToIndex,
} from './search-terms.js';

// Other modules call these whenever a person, unit or vehicle is created, changed or deleted, inside
// their own write transaction, so the lookup never shows a stale spelling.

export type IndexedEntityType = SearchTermRow['entity_type'];

async function replace(
  ctx: ServiceContext,
  entityType: IndexedEntityType,
  id: string,
  rows: SearchTermRow[],
) {
  await inTransaction(ctx, async (tx) => {
    await index.deleteTerms(tx.db, entityType, id);
    await index.insertTerms(tx.db, rows);
  });
}

export const indexPerson = (ctx: ServiceContext, person: PersonToIndex) =>
  replace(ctx, 'person', person.id, personTerms(person));

export const indexUnit = (ctx: ServiceContext, unit: UnitToIndex) =>
  replace(ctx, 'unit', unit.id, unitTerms(unit));

export const indexVehicle = (ctx: ServiceContext, vehicle: VehicleToIndex) =>
  replace(ctx, 'vehicle', vehicle.id, vehicleTerms(vehicle));

export const removeFromIndex = (ctx: ServiceContext, entityType: IndexedEntityType, id: string) =>
  replace(ctx, entityType, id, []);

/**
 * The key a list of people is ordered by: the pinyin of the name, syllables separated by a space
 * (李四 "li si" < 林 "lin" < 王五 "wang wu"), so residents list as Chinese users expect rather than
 * by code point. The app's one way to compute pinyin (search-terms.ts nameSyllables).
 */
export function personSortKey(name: string): string {
  return nameSyllables(name)
    .full.filter((syllable) => syllable.length > 0)
    .join(' ');
}

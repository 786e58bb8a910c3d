import { inTransaction, type ServiceContext } from '../../platform/context.js';
import * as display from './lookup-display.repository.js';
import * as index from './lookup-index.repository.js';
import {
  personDisplay,
  residenceRows,
  unitDisplay,
  vehicleDisplay,
  type ResidenceToIndex,
  type SearchDisplayRow,
  type VehicleToDisplay,
} from './search-display.js';
import {
  nameSyllables,
  personTerms,
  unitTerms,
  vehicleTerms,
  type PersonToIndex,
  type SearchTermRow,
  type UnitToIndex,
} from './search-terms.js';

// Other modules call these whenever a person, unit, vehicle or residence link is created, changed or
// deleted, inside their own write transaction, so the lookup never shows a stale spelling or a stale
// line of display (decision 0009: the display rows are written here, in the same transaction).

export type IndexedEntityType = SearchTermRow['entity_type'];

async function replace(
  ctx: ServiceContext,
  entityType: IndexedEntityType,
  id: string,
  rows: SearchTermRow[],
  shown: SearchDisplayRow | null,
) {
  await inTransaction(ctx, async (tx) => {
    await index.deleteTerms(tx.db, entityType, id);
    await index.insertTerms(tx.db, rows);
    if (shown) await display.upsertDisplay(tx.db, shown);
    else await display.deleteDisplay(tx.db, id);
  });
}

export const indexPerson = (ctx: ServiceContext, person: PersonToIndex) =>
  replace(ctx, 'person', person.id, personTerms(person), personDisplay(person));

export const indexUnit = (ctx: ServiceContext, unit: UnitToIndex) =>
  replace(ctx, 'unit', unit.id, unitTerms(unit), unitDisplay(unit));

export const indexVehicle = (ctx: ServiceContext, vehicle: VehicleToDisplay) =>
  replace(ctx, 'vehicle', vehicle.id, vehicleTerms(vehicle), vehicleDisplay(vehicle));

/** A residence link was made or changed (role, dates): the person's and the unit's results show it. */
export const indexResidence = (ctx: ServiceContext, link: ResidenceToIndex) =>
  display.upsertResidence(ctx.db, residenceRows(link));

export const removeFromIndex = (ctx: ServiceContext, entityType: IndexedEntityType, id: string) =>
  replace(ctx, entityType, id, [], null);

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

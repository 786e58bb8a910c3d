import { maskPhone } from '@qiantai/contracts';
import type { SearchDisplayTable, SearchResidencesTable } from './lookup.tables.js';
import type { PersonToIndex, UnitToIndex, VehicleToIndex } from './search-terms.js';

// What a search result shows of an entity, one search_display row each, and the residence links
// the result lines are built from (decision 0009). Pure functions: the indexer, the migration that
// fills the table for existing data and the benchmark all write exactly these rows.
//
// Each row belongs to one entity (or one link) and is written only when that entity (or link)
// changes. Nothing is copied from one entity into another's row: the name of a unit's occupant, the
// code of a person's unit and a vehicle's owner are joined in when a search reads them, so renaming
// a person rewrites no other row, and two writers never rewrite the same row from stale reads.

export type SearchDisplayRow = SearchDisplayTable;
export type SearchResidenceRow = SearchResidencesTable;

/** A vehicle as the indexer gets it: the plate to find it by, and what its result shows. */
export interface VehicleToDisplay extends VehicleToIndex {
  colour: string;
  model: string;
  personId: string | null;
}

export interface ResidenceToIndex {
  linkId: string;
  propertyId: string;
  personId: string;
  unitId: string;
  role: SearchResidenceRow['role'];
  /** The last day (YYYY-MM-DD at the property); kept, so a search decides "current" on the day it runs. */
  until: string | null;
  createdAt: number;
}

/** Only the masked mobile is stored: the table never holds a full number. */
export const personDisplay = (
  person: Pick<PersonToIndex, 'id' | 'propertyId' | 'name' | 'mobile'>,
): SearchDisplayRow => ({
  entity_id: person.id,
  entity_type: 'person',
  property_id: person.propertyId,
  title: person.name,
  detail: maskPhone(person.mobile) ?? '',
  person_id: null,
});

export const unitDisplay = (unit: Pick<UnitToIndex, 'id' | 'propertyId' | 'code'>): SearchDisplayRow => ({
  entity_id: unit.id,
  entity_type: 'unit',
  property_id: unit.propertyId,
  title: unit.code,
  detail: '',
  person_id: null,
});

export const vehicleDisplay = (vehicle: VehicleToDisplay): SearchDisplayRow => ({
  entity_id: vehicle.id,
  entity_type: 'vehicle',
  property_id: vehicle.propertyId,
  title: vehicle.plate,
  detail: [vehicle.colour, vehicle.model].filter(Boolean).join(' '),
  person_id: vehicle.personId,
});

/** A link as two lines: on the person's result it names the unit, on the unit's result the person. */
export function residenceRows(link: ResidenceToIndex): SearchResidenceRow[] {
  const line = {
    link_id: link.linkId,
    property_id: link.propertyId,
    role: link.role,
    until_date: link.until,
    created_at: link.createdAt,
  };
  return [
    { ...line, entity_id: link.personId, other_id: link.unitId },
    { ...line, entity_id: link.unitId, other_id: link.personId },
  ];
}

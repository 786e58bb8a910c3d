// Buildings and their units.
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { UnitType } from '@qiantai/contracts';

export interface BuildingsTables {
  buildings: BuildingsTable;
  units: UnitsTable;
}

export interface BuildingsTable {
  id: string;
  property_id: string;
  code: string;
  name: string;
  floors: number | null;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface UnitsTable {
  id: string;
  property_id: string;
  building_id: string;
  entrance: string | null;
  room: string;
  code: string;
  floor: number | null;
  area_sqm: number | null;
  type: UnitType;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends BuildingsTables {}
}

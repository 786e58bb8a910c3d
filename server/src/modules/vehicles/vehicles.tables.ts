// Vehicles, by plate, and whose they are.
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).

export interface VehiclesTables {
  vehicles: VehiclesTable;
}

export interface VehiclesTable {
  id: string;
  property_id: string;
  plate: string;
  model: string;
  colour: string;
  person_id: string | null;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends VehiclesTables {}
}

// Vehicles, by plate, and whose they are.
// Kysely table types: db/schema.ts gathers every module's into Database.

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

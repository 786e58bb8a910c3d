// Parking spaces, their holders and plates.
// Kysely table types: db/schema.ts gathers every module's into Database.
import type { ParkingStatus, ParkingType } from '@qiantai/contracts';

export interface ParkingTables {
  parking_spaces: ParkingSpacesTable;
}

export interface ParkingSpacesTable {
  id: string;
  property_id: string;
  number: string;
  zone: string;
  type: ParkingType;
  status: ParkingStatus;
  holder_person_id: string | null;
  /** JSON array of plates. */
  plates: string;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

// Parking spaces, their holders and plates.
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
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

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends ParkingTables {}
}

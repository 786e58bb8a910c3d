// The property directory: buildings, units, people, vehicles, parking, files, leases, phone book.

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
  type: 'residential' | 'shop' | 'office' | 'parking' | 'storage';
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface PeopleTable {
  id: string;
  property_id: string;
  name: string;
  gender: 'male' | 'female' | 'unknown';
  mobile: string | null;
  /** JSON array of strings. */
  other_phones: string;
  id_type: string | null;
  /** AES-256-GCM ciphertext (platform/privacy/crypto.ts); never leaves the server except by reveal. */
  id_number_enc: string | null;
  /** HMAC-SHA256 of the normalised number, for exact matching without decrypting. */
  id_number_hash: string | null;
  id_number_masked: string | null;
  language: string;
  notes: string;
  /** Pinyin of the name (lookup personSortKey): lists order people by it. "C" collation on PostgreSQL. */
  sort_key: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface PersonUnitsTable {
  id: string;
  property_id: string;
  person_id: string;
  unit_id: string;
  role: 'owner' | 'tenant' | 'household' | 'emergency_contact';
  from_date: string | null;
  until_date: string | null;
  created_at: number;
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

export interface ParkingSpacesTable {
  id: string;
  property_id: string;
  number: string;
  zone: string;
  type: 'owned' | 'rented' | 'visitor' | 'reserved';
  status: 'vacant' | 'occupied' | 'reserved' | 'out_of_service';
  holder_person_id: string | null;
  /** JSON array of plates. */
  plates: string;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface FilesTable {
  id: string;
  property_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_by: string | null;
  created_at: number;
}

export interface LeasesTable {
  id: string;
  property_id: string;
  unit_id: string;
  tenant_person_id: string;
  start_date: string;
  end_date: string;
  rent_fen: number;
  deposit_fen: number;
  status: 'active' | 'ended' | 'terminated';
  contract_file_id: string | null;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface PhonebookEntriesTable {
  id: string;
  property_id: string;
  scope: 'internal' | 'external';
  category: string;
  name: string;
  name_en: string;
  phone: string;
  extension: string;
  department_id: string | null;
  on_duty: number;
  note: string;
  sort: number;
  created_at: number;
  updated_at: number;
  version: number;
}

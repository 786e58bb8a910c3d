// Table types for Kysely. Conventions (docs/decisions/0002-one-code-path.md): text ids (UUIDv7),
// UTC epoch milliseconds in bigint columns, booleans as 0/1 integers, JSON as text.
export interface PropertiesTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  kind: 'residential' | 'commercial' | 'mixed';
  timezone: string;
  is_demo: number;
  created_at: number;
}

export interface DepartmentsTable {
  id: string;
  property_id: string;
  code: string;
  name: string;
  name_en: string;
  created_at: number;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  locale: 'zh-CN' | 'en';
  department_id: string | null;
  last_login_at: number | null;
  password_changed_at: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

export interface UserPropertiesTable {
  user_id: string;
  property_id: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  csrf_token: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  username: string;
  ip: string;
  at: number;
  success: number;
}

export interface AuditLogTable {
  id: string;
  at: number;
  actor_user_id: string | null;
  actor_username: string | null;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  property_id: string | null;
  changes: string | null;
  detail: string | null;
  request_id: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  property_id: string | null;
  unique_key: string | null;
  payload: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  run_at: number;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface LiveEventsTable {
  id: string;
  property_id: string;
  topic: string;
  permission: string | null;
  payload: string;
  created_at: number;
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

export interface SearchTermsTable {
  property_id: string;
  anchored: number;
  term: string;
  kind: 'name' | 'pinyin' | 'initials' | 'phone' | 'unit' | 'plate';
  entity_type: 'person' | 'unit' | 'vehicle';
  entity_id: string;
}

export interface Database {
  properties: PropertiesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  user_properties: UserPropertiesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  live_events: LiveEventsTable;
  buildings: BuildingsTable;
  units: UnitsTable;
  people: PeopleTable;
  person_units: PersonUnitsTable;
  vehicles: VehiclesTable;
  parking_spaces: ParkingSpacesTable;
  files: FilesTable;
  leases: LeasesTable;
  phonebook_entries: PhonebookEntriesTable;
  search_terms: SearchTermsTable;
}

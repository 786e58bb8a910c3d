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
  /** Where notifications by e-mail and SMS reach the user (migration 0007); the user sets them. */
  email: string | null;
  mobile: string | null;
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
  /** Only this user receives the event (a notification); null: everyone the permission lets see it. */
  user_id: string | null;
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

export interface ServiceRecordCountersTable {
  property_id: string;
  day: string;
  last: number;
}

export interface ServiceRecordsTable {
  id: string;
  property_id: string;
  number: string;
  kind: string;
  channel: string;
  severity: string;
  category_id: string | null;
  status: string;
  resolution: string | null;
  customer_person_id: string | null;
  customer_name: string;
  customer_phone: string;
  customer_language: string;
  unit_id: string | null;
  content: string;
  result: string;
  department_id: string | null;
  assignee_user_id: string | null;
  sla_policy_id: string | null;
  respond_due_at: number | null;
  resolve_due_at: number | null;
  responded_at: number | null;
  done_at: number | null;
  closed_at: number | null;
  paused_at: number | null;
  sla_epoch: number;
  escalation_level: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  satisfaction: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface ServiceRecordEventsTable {
  id: string;
  record_id: string;
  property_id: string;
  at: number;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  from_status: string | null;
  to_status: string | null;
  comment: string;
  internal: number;
  changes: string | null;
}

export interface ServiceRecordFilesTable {
  record_id: string;
  file_id: string;
  created_at: number;
}

export interface ServiceFollowUpsTable {
  id: string;
  property_id: string;
  record_id: string;
  due_at: number;
  status: string;
  attempts: number;
  satisfaction: string | null;
  comment: string;
  done_by: string | null;
  done_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface NotificationsTable {
  id: string;
  property_id: string;
  user_id: string;
  event: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  urgent: number;
  /** 0 when the user turned the bell off for the event: the row exists for its e-mail or SMS. */
  in_app: number;
  read_at: number | null;
  created_at: number;
}

export interface NotificationDeliveriesTable {
  id: string;
  property_id: string;
  notification_id: string | null;
  /** null for a group message (WeCom). */
  user_id: string | null;
  channel: 'email' | 'wecom' | 'sms';
  /** The address used (e-mail), the masked mobile, or null for the group. */
  target: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: number | null;
  sent_at: number | null;
  /** JSON. */
  extra: string | null;
  created_at: number;
  updated_at: number;
}

export interface NotificationPreferencesTable {
  user_id: string;
  event: string;
  channel: string;
  enabled: number;
  updated_at: number;
}

export interface NotificationSettingsTable {
  property_id: string;
  section: 'general' | 'email' | 'wecom' | 'sms';
  enabled: number;
  /** JSON of the section's plain settings. */
  config: string;
  /** The section's secret, sealed with the data key; never sent back. */
  secret: string | null;
  updated_at: number;
  updated_by: string | null;
  version: number;
}

// The service register's configuration (migration 0006, modules/service-config).
export interface ServiceCategoriesTable {
  id: string;
  property_id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  name_en: string;
  default_department_id: string | null;
  sort: number;
  active: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface SlaPoliciesTable {
  id: string;
  property_id: string;
  kind: string;
  severity: string;
  category_id: string | null;
  name: string;
  name_en: string;
  respond_minutes: number;
  resolve_minutes: number;
  business_hours: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface EscalationLevelsTable {
  id: string;
  property_id: string;
  level: number;
  role: string;
  after_minutes: number;
  created_at: number;
  /** The version of the whole list (it is replaced as one): equal on every row of a property. */
  version: number;
}

export interface BusinessHoursTable {
  property_id: string;
  /** JSON: { "1": [[510, 720], [810, 1050]], … "7": [] } minutes after local midnight per ISO weekday. */
  weekly: string;
  updated_at: number;
  version: number;
}

export interface HolidaysTable {
  id: string;
  property_id: string;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  created_at: number;
}

export interface ServicePhrasesTable {
  id: string;
  property_id: string;
  stage: string;
  text: string;
  text_en: string;
  sort: number;
  active: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface ServiceSettingsTable {
  property_id: string;
  warning_share: number;
  follow_up_delay_hours: number;
  wait_apology_seconds: number;
  updated_at: number;
  version: number;
}

/**
 * What the desk lookup shows of a person, unit or vehicle (decision 0009): one row per entity,
 * written by the indexer with its search_terms rows. Phones are stored masked.
 */
export interface SearchDisplayTable {
  entity_id: string;
  entity_type: 'person' | 'unit' | 'vehicle';
  property_id: string;
  /** The name, unit code or plate. */
  title: string;
  /** A person's masked mobile, a vehicle's colour and model; '' for a unit. */
  detail: string;
  /** A vehicle's owner. */
  person_id: string | null;
}

/**
 * The lookup's copy of residence links (person_units), two rows per link: the person's row names the
 * unit (other_id), the unit's row names the person. The end date is kept: "current" is decided when
 * a search runs.
 */
export interface SearchResidencesTable {
  link_id: string;
  /** The person or unit whose result shows this line. */
  entity_id: string;
  /** The unit (on a person's line) or the person (on a unit's line). */
  other_id: string;
  property_id: string;
  role: 'owner' | 'tenant' | 'household' | 'emergency_contact';
  until_date: string | null;
  created_at: number;
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
  search_display: SearchDisplayTable;
  search_residences: SearchResidencesTable;
  service_categories: ServiceCategoriesTable;
  sla_policies: SlaPoliciesTable;
  escalation_levels: EscalationLevelsTable;
  business_hours: BusinessHoursTable;
  holidays: HolidaysTable;
  service_phrases: ServicePhrasesTable;
  service_settings: ServiceSettingsTable;
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
  notification_settings: NotificationSettingsTable;
  service_record_counters: ServiceRecordCountersTable;
  service_records: ServiceRecordsTable;
  service_record_events: ServiceRecordEventsTable;
  service_record_files: ServiceRecordFilesTable;
  service_follow_ups: ServiceFollowUpsTable;
}

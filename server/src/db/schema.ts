// Table types for Kysely. Conventions (docs/decisions/0002-one-code-path.md): text ids (UUIDv7),
// UTC epoch milliseconds in bigint columns, booleans as 0/1 integers, JSON as text.
// The tables are declared by feature in tables/; this file gathers them for Kysely.
import type {
  PropertiesTable,
  DepartmentsTable,
  UsersTable,
  UserRolesTable,
  UserPropertiesTable,
  SessionsTable,
  LoginAttemptsTable,
  KnownSignInAddressesTable,
  PasswordChecksTable,
  AuditLogTable,
  JobsTable,
  LiveEventsTable,
} from './tables/platform.js';
import type {
  BuildingsTable,
  UnitsTable,
  PeopleTable,
  PersonUnitsTable,
  VehiclesTable,
  ParkingSpacesTable,
  FilesTable,
  LeasesTable,
  PhonebookEntriesTable,
} from './tables/directory.js';
import type { SearchTermsTable, SearchDisplayTable, SearchResidencesTable } from './tables/lookup.js';
import type {
  ServiceRecordCountersTable,
  ServiceRecordsTable,
  ServiceRecordEventsTable,
  ServiceRecordFilesTable,
  ServiceFollowUpsTable,
} from './tables/service-register.js';
import type {
  NotificationsTable,
  NotificationDeliveriesTable,
  NotificationPreferencesTable,
  NotificationSettingsTable,
} from './tables/notifications.js';
import type {
  ServiceCategoriesTable,
  SlaPoliciesTable,
  EscalationLevelsTable,
  BusinessHoursTable,
  HolidaysTable,
  ServicePhrasesTable,
  ServiceSettingsTable,
} from './tables/service-config.js';

export type * from './tables/platform.js';
export type * from './tables/directory.js';
export type * from './tables/lookup.js';
export type * from './tables/service-register.js';
export type * from './tables/notifications.js';
export type * from './tables/service-config.js';

export interface Database {
  properties: PropertiesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  user_properties: UserPropertiesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  known_sign_in_addresses: KnownSignInAddressesTable;
  password_checks: PasswordChecksTable;
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

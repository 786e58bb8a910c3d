// Properties, departments, users, sessions, the audit log, due work, live events and stored files:
// what the request context, the platform services and several modules read alike. Each module's
// own tables are in its <m>.tables.ts.
import type { JobStatus, Locale, PropertySummary, Role } from '@qiantai/contracts';

export interface PlatformTables {
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
  files: FilesTable;
}

export interface PropertiesTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  kind: PropertySummary['kind'];
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
  locale: Locale;
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
  role: Role;
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

/** Where a user has signed in successfully (migration 0012, decision 0013): passes a lock. */
export interface KnownSignInAddressesTable {
  user_id: string;
  ip: string;
  last_success_at: number;
}

/** Current passwords typed to change one's own password, right or wrong (decision 0013). */
export interface PasswordChecksTable {
  id: string;
  user_id: string;
  ip: string | null;
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
  status: JobStatus;
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

/** Uploaded files (platform/files): a lease's contract, a service record's photos. */
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

// The service register: records, their history, files and follow-up calls (decision 0010).
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type {
  FollowUpStatus,
  Resolution,
  Satisfaction,
  ServiceChannel,
  ServiceKind,
  ServiceSeverity,
  ServiceStatus,
} from '@qiantai/contracts';

export interface ServiceRecordsTables {
  service_record_counters: ServiceRecordCountersTable;
  service_records: ServiceRecordsTable;
  service_record_events: ServiceRecordEventsTable;
  service_record_files: ServiceRecordFilesTable;
  service_follow_ups: ServiceFollowUpsTable;
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
  kind: ServiceKind;
  channel: ServiceChannel;
  severity: ServiceSeverity;
  category_id: string | null;
  status: ServiceStatus;
  resolution: Resolution | null;
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
  /** When the warning of each deadline falls (migration 0010); null when none is owed. */
  respond_warn_at: number | null;
  resolve_warn_at: number | null;
  responded_at: number | null;
  done_at: number | null;
  closed_at: number | null;
  paused_at: number | null;
  sla_epoch: number;
  escalation_level: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  satisfaction: Satisfaction | null;
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
  from_status: ServiceStatus | null;
  to_status: ServiceStatus | null;
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
  status: FollowUpStatus;
  attempts: number;
  satisfaction: Satisfaction | null;
  comment: string;
  done_by: string | null;
  done_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends ServiceRecordsTables {}
}

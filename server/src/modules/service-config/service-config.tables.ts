// The register's configuration: categories, SLA policies, escalation, hours, phrases, settings.
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { HolidayKind, PhraseStage, Role, ServiceKind, ServiceSeverity } from '@qiantai/contracts';

export interface ServiceConfigTables {
  service_categories: ServiceCategoriesTable;
  sla_policies: SlaPoliciesTable;
  escalation_levels: EscalationLevelsTable;
  business_hours: BusinessHoursTable;
  holidays: HolidaysTable;
  service_phrases: ServicePhrasesTable;
  service_settings: ServiceSettingsTable;
}

export interface ServiceCategoriesTable {
  id: string;
  property_id: string;
  parent_id: string | null;
  kind: ServiceKind;
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
  kind: ServiceKind;
  severity: ServiceSeverity;
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
  role: Role;
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
  kind: HolidayKind;
  name: string;
  created_at: number;
}

export interface ServicePhrasesTable {
  id: string;
  property_id: string;
  stage: PhraseStage;
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

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends ServiceConfigTables {}
}

import { SERVICE_ACTIONS } from './service-record-status.js';

// Every code the audit log is written with, by the module that writes it. The server's writeAudit
// accepts only these; the web's audit page must have a label for each in both languages (a web test
// fails otherwise). A module adds its block here.

const PLATFORM = ['auth.permission.denied'] as const;
const AUTH = [
  'auth.login.success',
  'auth.login.failure',
  'auth.logout',
  'auth.password.failure',
  'user.password.change',
] as const;
const USERS = [
  'user.create',
  'user.update',
  'user.disable',
  'user.password.reset',
  'user.contact.update',
] as const;
const PROPERTIES = ['property.create'] as const;
const JOBS = ['job.retry'] as const;
const BUILDINGS = ['building.create', 'building.update', 'unit.create', 'unit.update'] as const;
const PEOPLE = [
  'person.create',
  'person.update',
  'person.reveal',
  'person.unit.link',
  'person.unit.update',
  'person.unit.end',
] as const;
const VEHICLES = ['vehicle.create', 'vehicle.update'] as const;
const PARKING = ['parking.create', 'parking.update'] as const;
const LEASES = ['lease.create', 'lease.update', 'lease.contract.attach'] as const;
const PHONEBOOK = ['phonebook.create', 'phonebook.update', 'phonebook.delete'] as const;
const DIRECTORY_IO = ['directory.import', 'directory.export.full'] as const;
const NOTIFICATIONS = [
  'notification.preferences.update',
  'notification.settings.update',
  'notification.delivery.retry',
  'notification.test',
] as const;
const SERVICE_CONFIG = [
  'serviceConfig.seed',
  'serviceConfig.settings.update',
  'serviceConfig.businessHours.update',
  'serviceConfig.holiday.create',
  'serviceConfig.holiday.delete',
  'serviceConfig.category.create',
  'serviceConfig.category.update',
  'serviceConfig.category.deactivate',
  'serviceConfig.category.reactivate',
  'serviceConfig.slaPolicy.create',
  'serviceConfig.slaPolicy.update',
  'serviceConfig.slaPolicy.delete',
  'serviceConfig.escalation.update',
  'serviceConfig.phrase.create',
  'serviceConfig.phrase.update',
  'serviceConfig.phrase.deactivate',
  'serviceConfig.phrase.reactivate',
] as const;

/** What a service record's history line records (one audit entry each, `service.record.<action>`). */
export const RECORD_HISTORY_ACTIONS = [
  ...SERVICE_ACTIONS,
  'create',
  'update',
  'attach',
  'escalate',
  'sla_warning',
  'follow_up_unreached',
] as const;
export type RecordHistoryAction = (typeof RECORD_HISTORY_ACTIONS)[number];

const SERVICE_RECORDS = [
  ...RECORD_HISTORY_ACTIONS.map((a) => `service.record.${a}` as const),
  'service.record.reveal',
  'service.register.print',
  'service.register.export',
] as const;

export const AUDIT_ACTIONS = [
  ...PLATFORM,
  ...AUTH,
  ...USERS,
  ...PROPERTIES,
  ...JOBS,
  ...BUILDINGS,
  ...PEOPLE,
  ...VEHICLES,
  ...PARKING,
  ...LEASES,
  ...PHONEBOOK,
  ...DIRECTORY_IO,
  ...NOTIFICATIONS,
  ...SERVICE_CONFIG,
  ...SERVICE_RECORDS,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

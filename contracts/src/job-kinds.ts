// Every kind of due work, by the module that runs it. The job runner registers and queues only
// these; the web's job list must have a label for each in both languages (a web test fails otherwise).
export const JOB_KINDS = [
  /** The platform's hourly housekeeping (its name still says what it first purged). */
  'platform.purge-sessions',
  'lease.reminder',
  'notification.announce',
  'notification.deliver',
  'service.deadline',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

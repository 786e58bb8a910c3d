import type { z } from 'zod';
import { authCodes, propertiesCodes } from './auth.js';
import { leasesCodes, parkingCodes, vehiclesCodes } from './directory-assets.js';
import { directoryIoCodes } from './directory-io.js';
import { peopleCodes } from './directory-people.js';
import { buildingsCodes } from './directory.js';
import { jobsCodes } from './jobs.js';
import { notificationsCodes } from './notifications.js';
import { phonebookCodes } from './phonebook.js';
import { serviceConfigCodes } from './service-config.js';
import { serviceRecordsCodes } from './service-records.js';
import { usersCodes } from './users.js';

// Every module's codes (each declared in its own contract file with defineCodes), one line each.
// The server's writeAudit, job runner and events.publish accept only these; the web's audit page
// and job list need a label for each (code-labels.test.ts), its live-event hook is typed by them.
const MODULE_CODES = [
  authCodes,
  propertiesCodes,
  usersCodes,
  jobsCodes,
  buildingsCodes,
  peopleCodes,
  vehiclesCodes,
  parkingCodes,
  leasesCodes,
  phonebookCodes,
  directoryIoCodes,
  notificationsCodes,
  serviceConfigCodes,
  serviceRecordsCodes,
] as const;

type Codes = (typeof MODULE_CODES)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

export type AuditAction = Codes['auditActions'][number];
export const AUDIT_ACTIONS: readonly AuditAction[] = MODULE_CODES.flatMap((c) => c.auditActions);

export type JobKind = Codes['jobKinds'][number];
export const JOB_KINDS: readonly JobKind[] = MODULE_CODES.flatMap((c) => c.jobKinds);

type Topics = UnionToIntersection<Codes['liveTopics']>;
/** Every topic with its payload schema (a module's topics are its own keys; codes.test.ts checks). */
export const LIVE_TOPICS = Object.assign({}, ...MODULE_CODES.map((c) => c.liveTopics)) as Topics;
export type LiveTopic = keyof Topics & string;
export type LiveTopicData<T extends LiveTopic> = z.infer<Topics[T]>;

/** Each module's codes by contract, for the check that no code is declared twice. */
export const moduleCodes = (): readonly Codes[] => MODULE_CODES;

import { z } from 'zod';

// The service record's status machine (docs/decisions/0010-service-register.md). Pure and shared: the
// server enforces it, the web app offers only what it allows, a property test walks it at random.

export const SERVICE_STATUSES = [
  'new',
  'accepted',
  'in_progress',
  'waiting_customer',
  'done',
  'followed_up',
  'closed',
  'cancelled',
] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Actions that move a record from one status to another. */
export const STATUS_ACTIONS = [
  'accept',
  'start',
  'wait',
  'resume',
  'complete',
  'follow_up',
  'close',
  'answer_at_desk',
  'reopen',
  'cancel',
] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** Actions that change who works on a record, or add to it, without moving its status (claim may). */
export const WORK_ACTIONS = ['claim', 'assign', 'forward', 'transfer', 'comment', 'acknowledge'] as const;
export type WorkAction = (typeof WORK_ACTIONS)[number];

export const SERVICE_ACTIONS = [...STATUS_ACTIONS, ...WORK_ACTIONS] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** Statuses in which nobody works on the record any more. */
export const FINAL_STATUSES: readonly ServiceStatus[] = ['closed', 'cancelled'];
/** Statuses in which the work is still owed: counted as open, deadlines running (but for a pause). */
export const OPEN_STATUSES: readonly ServiceStatus[] = ['new', 'accepted', 'in_progress', 'waiting_customer'];

/** Kinds answered on the spot at the desk close in one step. */
export const DESK_ANSWERABLE_KINDS: readonly string[] = ['inquiry', 'suggestion'];
/** Kinds whose completion is followed by a call back to the customer (回访). */
export const FOLLOWED_UP_KINDS: readonly string[] = ['repair', 'complaint'];

const TRANSITIONS: Record<StatusAction, { from: readonly ServiceStatus[]; to: ServiceStatus }> = {
  accept: { from: ['new'], to: 'accepted' },
  start: { from: ['new', 'accepted'], to: 'in_progress' },
  wait: { from: ['in_progress'], to: 'waiting_customer' },
  resume: { from: ['waiting_customer'], to: 'in_progress' },
  complete: { from: ['new', 'accepted', 'in_progress'], to: 'done' },
  follow_up: { from: ['done'], to: 'followed_up' },
  close: { from: ['done', 'followed_up'], to: 'closed' },
  answer_at_desk: { from: ['new'], to: 'closed' },
  reopen: { from: ['done', 'followed_up', 'closed'], to: 'accepted' },
  cancel: { from: ['new', 'accepted', 'in_progress', 'waiting_customer'], to: 'cancelled' },
};

/** Which statuses a work action may be taken in. */
const WORK_FROM: Record<WorkAction, readonly ServiceStatus[]> = {
  claim: ['new', 'accepted', 'in_progress', 'waiting_customer'],
  assign: ['new', 'accepted', 'in_progress', 'waiting_customer'],
  forward: ['new', 'accepted'],
  transfer: ['new', 'accepted', 'in_progress', 'waiting_customer'],
  comment: SERVICE_STATUSES,
  acknowledge: SERVICE_STATUSES,
};

export interface RecordFacts {
  status: ServiceStatus;
  kind: string;
  severity: string;
  /** When the manager acknowledged a major record; null while unacknowledged. */
  acknowledgedAt: number | null;
}

/** Whether the action is possible for the record as it is, by status and kind (not by who asks). */
export function isActionAllowed(record: RecordFacts, action: ServiceAction): boolean {
  if (action === 'answer_at_desk' && !DESK_ANSWERABLE_KINDS.includes(record.kind)) return false;
  if (action === 'follow_up' && !FOLLOWED_UP_KINDS.includes(record.kind)) return false;
  if (action === 'acknowledge') return record.severity !== 'general' && record.acknowledgedAt === null;
  if ((WORK_ACTIONS as readonly string[]).includes(action))
    return WORK_FROM[action as WorkAction].includes(record.status);
  return TRANSITIONS[action as StatusAction].from.includes(record.status);
}

/** The status after the action; work actions keep it, except a claim of a new record accepts it. */
export function statusAfter(record: RecordFacts, action: ServiceAction): ServiceStatus {
  if (action === 'claim') return record.status === 'new' ? 'accepted' : record.status;
  if ((WORK_ACTIONS as readonly string[]).includes(action)) return record.status;
  return TRANSITIONS[action as StatusAction].to;
}

export function allowedActions(record: RecordFacts): ServiceAction[] {
  return SERVICE_ACTIONS.filter((a) => isActionAllowed(record, a));
}

export const serviceStatusSchema = z.enum(SERVICE_STATUSES);
export const serviceActionSchema = z.enum(SERVICE_ACTIONS);

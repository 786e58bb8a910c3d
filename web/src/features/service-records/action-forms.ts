import type { z } from 'zod';
import type { ServiceAction, serviceActionBodySchema } from '@qiantai/contracts';

// Which small form each action needs, and the request body built from it. Only what the contract's
// body takes is asked: a reason where one is required, a result to complete, a department to route.

export type ActionForm = 'direct' | 'note' | 'reason' | 'result' | 'forward' | 'transfer' | 'assign';

export type FormAction = Exclude<ServiceAction, 'comment' | 'follow_up'>;

export const ACTION_FORM: Record<FormAction, ActionForm> = {
  claim: 'direct',
  accept: 'note',
  start: 'note',
  resume: 'note',
  close: 'note',
  acknowledge: 'note',
  wait: 'reason',
  reopen: 'reason',
  cancel: 'reason',
  complete: 'result',
  answer_at_desk: 'result',
  forward: 'forward',
  transfer: 'transfer',
  assign: 'assign',
};

/** The order of the buttons: what moves the record on first, what undoes or ends it last. */
export const ACTION_ORDER: readonly FormAction[] = [
  'acknowledge',
  'claim',
  'accept',
  'start',
  'resume',
  'complete',
  'answer_at_desk',
  'forward',
  'assign',
  'transfer',
  'wait',
  'close',
  'reopen',
  'cancel',
];

/** The one button drawn as primary: the natural next step, if the caller may take it. */
const NEXT_STEPS: readonly FormAction[] = ['acknowledge', 'accept', 'start', 'resume', 'complete', 'close'];

export function primaryAction(allowed: readonly ServiceAction[]): FormAction | null {
  return NEXT_STEPS.find((a) => allowed.includes(a)) ?? null;
}

export interface ActionFormValues {
  comment?: string;
  result?: string;
  departmentId?: string;
  assigneeUserId?: string | null;
  /** Epoch ms. */
  resolveDueAt?: number | null;
}

type ActionBody = z.input<typeof serviceActionBodySchema>;

export function actionBody(action: FormAction, v: ActionFormValues, version: number): ActionBody {
  const comment = v.comment?.trim() ?? '';
  switch (action) {
    case 'claim':
      return { action, version };
    case 'complete':
    case 'answer_at_desk':
      return { action, version, result: v.result?.trim() ?? '' };
    case 'assign':
      return { action, version, assigneeUserId: v.assigneeUserId ?? '' };
    case 'forward':
      return {
        action,
        version,
        departmentId: v.departmentId ?? '',
        assigneeUserId: v.assigneeUserId ?? null,
        resolveDueAt: v.resolveDueAt ?? null,
        comment,
      };
    case 'transfer':
      return { action, version, departmentId: v.departmentId ?? '', comment };
    default:
      return { action, version, comment };
  }
}

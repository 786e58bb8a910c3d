import type { ServiceRecord } from '@qiantai/contracts';
import type { Translate } from '../../app/i18n/catalogues';

// Where a record stands against its two deadlines (first response, completion). Pure, so the register's
// column, the record page and the desk screen say the same thing, and a test can pin it down.

export type DeadlineWhich = 'respond' | 'resolve';

export type DeadlineState =
  /** No deadline applies (no policy, or the record was cancelled before meeting it). */
  | { kind: 'none' }
  /** Met; late by lateMs when it was met after the deadline. */
  | { kind: 'met'; lateMs: number }
  /** Waiting on the customer: the clock stands still with leftMs to go (negative: already over). */
  | { kind: 'paused'; leftMs: number }
  /** Running; a warning from the moment the server's warning fell (the property's early-warning share). */
  | { kind: 'running'; leftMs: number; warning: boolean }
  | { kind: 'breached'; overMs: number };

type DeadlineFacts = Pick<
  ServiceRecord,
  | 'status'
  | 'respondDueAt'
  | 'resolveDueAt'
  | 'respondWarnAt'
  | 'resolveWarnAt'
  | 'respondedAt'
  | 'doneAt'
  | 'closedAt'
  | 'pausedAt'
>;

function metAt(r: DeadlineFacts, which: DeadlineWhich): number | null {
  // A record finished (or answered at the desk) without a separate response met both deadlines then.
  const finished = r.doneAt ?? r.closedAt;
  return which === 'respond' ? (r.respondedAt ?? finished) : finished;
}

/**
 * The warning time comes from the server, which counts it in the deadline's own calendar (business
 * hours or wall clock) from when the deadline was last set, and notifies the handler at that moment:
 * the countdown turns amber exactly then, not at a share of the wall-clock time since creation.
 */
export function deadlineState(r: DeadlineFacts, which: DeadlineWhich, now: number): DeadlineState {
  const due = which === 'respond' ? r.respondDueAt : r.resolveDueAt;
  if (due === null) return { kind: 'none' };
  const met = metAt(r, which);
  if (met !== null) return { kind: 'met', lateMs: Math.max(0, met - due) };
  if (r.status === 'cancelled' || r.status === 'closed') return { kind: 'none' };
  if (r.pausedAt !== null) return { kind: 'paused', leftMs: due - r.pausedAt };
  const leftMs = due - now;
  if (leftMs <= 0) return { kind: 'breached', overMs: -leftMs };
  const warnAt = which === 'respond' ? r.respondWarnAt : r.resolveWarnAt;
  return { kind: 'running', leftMs, warning: warnAt !== null && now >= warnAt };
}

const MINUTE = 60_000;

/** "1 小时 12 分" / "1 h 12 min": two units at most, rounded down; under a minute says so. */
export function formatDuration(t: Translate, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes === 0) return t('service.duration.underMinute');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return t('service.duration.days', { d, h });
  if (h > 0) return t('service.duration.hours', { h, m });
  return t('service.duration.minutes', { m });
}

export type DeadlineTone = 'danger' | 'warning' | 'paused' | 'ok' | 'met' | 'none';

/** The words and the tone (colour) of a deadline state. */
export function describeDeadline(t: Translate, state: DeadlineState): { text: string; tone: DeadlineTone } {
  switch (state.kind) {
    case 'none':
      return { text: t('service.countdown.none'), tone: 'none' };
    case 'met':
      return state.lateMs >= MINUTE
        ? { text: t('service.countdown.metLate', { time: formatDuration(t, state.lateMs) }), tone: 'met' }
        : { text: t('service.countdown.met'), tone: 'met' };
    case 'paused':
      return state.leftMs > 0
        ? {
            text: t('service.countdown.pausedLeft', { time: formatDuration(t, state.leftMs) }),
            tone: 'paused',
          }
        : { text: t('service.countdown.paused'), tone: 'paused' };
    case 'breached':
      return state.overMs < MINUTE
        ? { text: t('service.countdown.justOverdue'), tone: 'danger' }
        : { text: t('service.countdown.overdue', { time: formatDuration(t, state.overMs) }), tone: 'danger' };
    case 'running':
      return {
        text: t('service.countdown.left', { time: formatDuration(t, state.leftMs) }),
        tone: state.warning ? 'warning' : 'ok',
      };
  }
}

/**
 * The deadline the register's column shows: the response deadline until the record was responded to,
 * then the completion deadline.
 */
export function currentDeadline(r: DeadlineFacts): DeadlineWhich {
  return r.respondDueAt !== null && metAt(r, 'respond') === null ? 'respond' : 'resolve';
}

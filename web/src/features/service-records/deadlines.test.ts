import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n/catalogues';
import { currentDeadline, deadlineState, describeDeadline, formatDuration } from './deadlines';

const zh = translator('zh-CN');
const en = translator('en');
const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 27, 1, 0); // 09:00 in Shanghai

const record = (over: Partial<Parameters<typeof deadlineState>[0]> = {}) => ({
  status: 'accepted' as const,
  respondDueAt: T0 + 30 * MIN,
  resolveDueAt: T0 + 4 * HOUR,
  respondWarnAt: T0 + 24 * MIN,
  resolveWarnAt: T0 + 3 * HOUR + 12 * MIN,
  respondedAt: T0 + 10 * MIN,
  doneAt: null,
  closedAt: null,
  pausedAt: null,
  ...over,
});

describe('deadline countdowns', () => {
  it('counts down the time left in hours and minutes', () => {
    const state = deadlineState(record(), 'resolve', T0 + 2 * HOUR + 48 * MIN);
    expect(describeDeadline(zh, state)).toEqual({ text: '剩余 1 小时 12 分', tone: 'ok' });
    expect(describeDeadline(en, state).text).toBe('1 h 12 min left');
  });

  it("turns to a warning at the moment the server's warning falls, not before", () => {
    const tone = (at: number, over = {}) =>
      describeDeadline(zh, deadlineState(record(over), 'resolve', at)).tone;
    expect(tone(T0 + 3 * HOUR + 11 * MIN)).toBe('ok');
    expect(tone(T0 + 3 * HOUR + 12 * MIN)).toBe('warning');
    // A business-hours deadline over a weekend: most of the wall-clock time has passed, but not
    // 80 % of the working time, so the server has not warned and the register stays calm.
    const weekend = { resolveDueAt: T0 + 70 * HOUR, resolveWarnAt: T0 + 69 * HOUR };
    expect(tone(T0 + 60 * HOUR, weekend)).toBe('ok');
    expect(tone(T0 + 69 * HOUR, weekend)).toBe('warning');
    expect(tone(T0 + 3 * HOUR + 50 * MIN, { resolveWarnAt: null })).toBe('ok');
  });

  it('says how long a breached deadline is overdue, in red', () => {
    const state = deadlineState(record(), 'resolve', T0 + 4 * HOUR + 25 * MIN + 30_000);
    expect(describeDeadline(zh, state)).toEqual({ text: '已超时 25 分', tone: 'danger' });
    expect(describeDeadline(en, state).text).toBe('Overdue by 25 min');
  });

  it('stands still while the record waits on the customer', () => {
    const paused = record({ status: 'in_progress', pausedAt: T0 + HOUR });
    const early = describeDeadline(zh, deadlineState(paused, 'resolve', T0 + 2 * HOUR));
    const late = describeDeadline(zh, deadlineState(paused, 'resolve', T0 + 9 * HOUR));
    expect(early).toEqual({ text: '已暂停 · 剩余 3 小时 0 分', tone: 'paused' });
    expect(late).toEqual(early);
  });

  it('shows a met deadline as met, and how late when it was late', () => {
    const onTime = record({ status: 'done', doneAt: T0 + 3 * HOUR });
    expect(describeDeadline(zh, deadlineState(onTime, 'resolve', T0 + 9 * HOUR)).text).toBe('已达成');
    const late = record({ status: 'done', doneAt: T0 + 5 * HOUR + 30 * MIN });
    expect(describeDeadline(en, deadlineState(late, 'resolve', T0 + 9 * HOUR)).text).toBe(
      'Met · 1 h 30 min late',
    );
  });

  it('counts an inquiry answered at the desk as having met both deadlines', () => {
    const answered = record({ status: 'closed', respondedAt: null, closedAt: T0 + 5 * MIN });
    expect(deadlineState(answered, 'respond', T0 + HOUR).kind).toBe('met');
    expect(deadlineState(answered, 'resolve', T0 + HOUR).kind).toBe('met');
  });

  it('has no deadline when none was set or the record was cancelled', () => {
    expect(deadlineState(record({ resolveDueAt: null }), 'resolve', T0).kind).toBe('none');
    expect(deadlineState(record({ status: 'cancelled' }), 'resolve', T0 + 9 * HOUR).kind).toBe('none');
  });

  it('shows the response deadline until someone responded, then the completion deadline', () => {
    expect(currentDeadline(record({ respondedAt: null }))).toBe('respond');
    expect(currentDeadline(record())).toBe('resolve');
  });

  it('formats days, and says so under a minute', () => {
    expect(formatDuration(zh, 26 * HOUR + 5 * MIN)).toBe('1 天 2 小时');
    expect(formatDuration(en, 20_000)).toBe('under 1 min');
  });
});

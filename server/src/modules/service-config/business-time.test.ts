import { describe, expect, it } from 'vitest';
import { Rng } from '../../seed/fake-residents.js';
import {
  addWorkingTime,
  deadlineAfter,
  elapsedBetween,
  shiftForPause,
  WALL_CLOCK,
  workingTimeBetween,
  type BusinessCalendar,
  type IsoWeekday,
} from './business-time.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A local time in Shanghai, written the way the desk says it. */
const sh = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

const OFFICE: [number, number][] = [
  [510, 720], // 08:30–12:00
  [810, 1050], // 13:30–17:30
];

const officeCalendar = (extra: Partial<BusinessCalendar> = {}): BusinessCalendar => ({
  timeZone: 'Asia/Shanghai',
  weekly: { 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE, 6: [], 7: [] },
  holidays: [],
  workdays: [],
  ...extra,
});

describe('working time, hand-picked', () => {
  const cal = officeCalendar();

  it('carries what is left on Friday evening over the weekend to Monday morning', () => {
    // 2026-03-06 is a Friday: 30 minutes until 17:30, the other 90 from 08:30 on Monday.
    expect(addWorkingTime(cal, sh('2026-03-06 17:00'), 2 * HOUR)).toBe(sh('2026-03-09 10:00'));
    expect(addWorkingTime(cal, sh('2026-03-06 17:00'), 2.5 * HOUR)).toBe(sh('2026-03-09 10:30'));
    expect(workingTimeBetween(cal, sh('2026-03-06 17:00'), sh('2026-03-09 10:00'))).toBe(2 * HOUR);
  });

  it('skips the lunch break and ends a full morning at noon, not after lunch', () => {
    expect(addWorkingTime(cal, sh('2026-03-09 11:30'), HOUR)).toBe(sh('2026-03-09 14:00'));
    expect(addWorkingTime(cal, sh('2026-03-09 08:30'), 3.5 * HOUR)).toBe(sh('2026-03-09 12:00'));
  });

  it('starts counting at opening time when a request arrives outside hours', () => {
    expect(addWorkingTime(cal, sh('2026-03-09 07:00'), HOUR)).toBe(sh('2026-03-09 09:30'));
    expect(addWorkingTime(cal, sh('2026-03-09 12:30'), 30 * MINUTE)).toBe(sh('2026-03-09 14:00'));
    expect(addWorkingTime(cal, sh('2026-03-07 10:00'), 30 * MINUTE)).toBe(sh('2026-03-09 09:00'));
    expect(addWorkingTime(cal, sh('2026-03-09 23:00'), 30 * MINUTE)).toBe(sh('2026-03-10 09:00'));
  });

  it('skips a public holiday', () => {
    // 清明节 2026: Saturday 4 April to Monday 6 April.
    const qingming = officeCalendar({ holidays: ['2026-04-04', '2026-04-05', '2026-04-06'] });
    expect(addWorkingTime(qingming, sh('2026-04-03 17:00'), 2 * HOUR)).toBe(sh('2026-04-07 10:00'));
    expect(workingTimeBetween(qingming, sh('2026-04-03 00:00'), sh('2026-04-08 00:00'))).toBe(2 * 7.5 * HOUR);
  });

  it('works a 调休 Saturday with Monday’s hours', () => {
    // Spring Festival 2026: Saturday 14 February is worked, 15–23 February are off.
    const spring = officeCalendar({
      holidays: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      workdays: ['2026-02-14'],
    });
    expect(addWorkingTime(spring, sh('2026-02-13 17:00'), 2 * HOUR)).toBe(sh('2026-02-14 10:00'));
    expect(addWorkingTime(spring, sh('2026-02-14 17:00'), 2 * HOUR)).toBe(sh('2026-02-20 10:00'));
  });

  it('answers the start itself for a duration of 0, even when closed', () => {
    expect(addWorkingTime(cal, sh('2026-03-08 03:00'), 0)).toBe(sh('2026-03-08 03:00'));
    expect(addWorkingTime(cal, sh('2026-03-09 09:00'), 0)).toBe(sh('2026-03-09 09:00'));
    expect(workingTimeBetween(cal, sh('2026-03-09 10:00'), sh('2026-03-09 09:00'))).toBe(0);
  });

  it('counts the real length of a day on which the clocks change', () => {
    // New York springs forward on Sunday 8 March 2026: that day has 23 hours.
    const allDay: [number, number][] = [[0, 1440]];
    const ny: BusinessCalendar = {
      timeZone: 'America/New_York',
      weekly: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
      holidays: [],
      workdays: [],
    };
    const sundayStart = Date.parse('2026-03-08T00:00:00-05:00');
    const mondayStart = Date.parse('2026-03-09T00:00:00-04:00');
    expect(workingTimeBetween(ny, sundayStart, mondayStart)).toBe(23 * HOUR);
    expect(addWorkingTime(ny, sundayStart, 23 * HOUR)).toBe(mondayStart);
  });

  it('refuses a calendar with no working time instead of looping forever', () => {
    const closed = officeCalendar({ weekly: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } });
    expect(() => addWorkingTime(closed, sh('2026-03-09 09:00'), HOUR)).toThrow(RangeError);
  });
});

describe('wall clock and pauses', () => {
  const cal = officeCalendar();

  it('lets the policy choose wall-clock or working time through one signature', () => {
    const start = sh('2026-03-06 17:00');
    expect(deadlineAfter(WALL_CLOCK, start, 2 * HOUR)).toBe(sh('2026-03-06 19:00'));
    expect(deadlineAfter(cal, start, 2 * HOUR)).toBe(sh('2026-03-09 10:00'));
    expect(elapsedBetween(WALL_CLOCK, start, sh('2026-03-09 10:00'))).toBe(65 * HOUR);
    expect(elapsedBetween(cal, start, sh('2026-03-09 10:00'))).toBe(2 * HOUR);
    expect(elapsedBetween(WALL_CLOCK, start, start - HOUR)).toBe(0);
  });

  it('grants again the working time that was left when the clock stopped', () => {
    // Due Monday 10:00; paused Friday 17:00 with 2 working hours left; resumed Monday 09:00.
    const due = sh('2026-03-09 10:00');
    expect(shiftForPause(cal, due, sh('2026-03-06 17:00'), sh('2026-03-09 09:00'))).toBe(
      sh('2026-03-09 11:00'),
    );
    // Paused and resumed within one closed night: no working time passed, the deadline stays.
    expect(shiftForPause(cal, due, sh('2026-03-06 20:00'), sh('2026-03-08 20:00'))).toBe(due);
  });

  it('leaves a deadline alone when the pause began after it had passed', () => {
    const due = sh('2026-03-09 10:00');
    expect(shiftForPause(cal, due, sh('2026-03-09 11:00'), sh('2026-03-10 09:00'))).toBe(due);
    expect(shiftForPause(cal, due, due, sh('2026-03-10 09:00'))).toBe(due);
  });

  it('shifts a wall-clock deadline by the pause itself', () => {
    expect(shiftForPause(WALL_CLOCK, 10 * HOUR, 4 * HOUR, 7 * HOUR)).toBe(13 * HOUR);
  });
});

// Generated cases: random calendars in zones with and without daylight saving, random starts and
// durations. The seed is fixed so a failure reproduces; the message names the case.
const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'Asia/Kolkata',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
];
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

function randomPeriods(rng: Rng): [number, number][] {
  const periods: [number, number][] = [];
  let minute = rng.int(0, 600);
  for (let n = rng.int(0, 3); n > 0 && minute < 1430; n--) {
    const end = Math.min(1440, minute + rng.int(1, 480));
    periods.push([minute, end]);
    minute = end + rng.int(1, 240);
  }
  return periods;
}

function randomCalendar(rng: Rng): BusinessCalendar {
  const weekly = {} as BusinessCalendar['weekly'];
  for (let d = 1 as IsoWeekday; d <= 7; d++) weekly[d] = randomPeriods(rng);
  if (weekly[1].length === 0) weekly[1] = [[540, 1020]]; // some working time every week
  const date = () => new Date(EPOCH + rng.int(0, 500) * 86_400_000).toISOString().slice(0, 10);
  return {
    timeZone: rng.pick(ZONES),
    weekly,
    holidays: Array.from({ length: rng.int(0, 40) }, date),
    workdays: Array.from({ length: rng.int(0, 10) }, date),
  };
}

/** Whether `instant` lies inside an open period or at its end (the last working moment). */
function endsWorking(cal: BusinessCalendar, start: number, instant: number): boolean {
  // One more working millisecond ending exactly at `instant` exists iff the period covers (instant-1, instant].
  return workingTimeBetween(cal, Math.max(start, instant - 1), instant) === 1;
}

describe('working time, generated cases', () => {
  it('gives back exactly the duration added, grows with it, and never ends in closed time', () => {
    const rng = new Rng(20260401);
    for (let c = 0; c < 150; c++) {
      const cal = randomCalendar(rng);
      const start = EPOCH + rng.int(0, 400 * 24 * 60) * MINUTE + rng.int(0, 59_999);
      let previous = start;
      const durations = Array.from({ length: 6 }, () => rng.int(0, 3 * 24 * 60) * MINUTE + rng.int(0, 999));
      durations.push(0, 1);
      for (const d of durations.sort((a, b) => a - b)) {
        const end = addWorkingTime(cal, start, d);
        const label = JSON.stringify({ c, cal, start, d, end });
        expect(workingTimeBetween(cal, start, end), label).toBe(d);
        expect(end, label).toBeGreaterThanOrEqual(previous);
        if (d === 0) expect(end, label).toBe(start);
        else expect(endsWorking(cal, start, end), label).toBe(true);
        previous = end;
      }
    }
  });

  it('splits working time additively at any point between two instants', () => {
    const rng = new Rng(7);
    for (let c = 0; c < 100; c++) {
      const cal = randomCalendar(rng);
      const a = EPOCH + rng.int(0, 300 * 24 * 60) * MINUTE;
      const b = a + rng.int(0, 30 * 24 * 60) * MINUTE;
      const m = a + Math.floor(rng.next() * (b - a));
      expect(workingTimeBetween(cal, a, m) + workingTimeBetween(cal, m, b)).toBe(
        workingTimeBetween(cal, a, b),
      );
    }
  });
});

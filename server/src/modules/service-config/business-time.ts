// Deadline arithmetic in working time: "answer within 30 working minutes" started on Friday at 17:20
// ends on Monday morning, skipping the weekend, 法定节假日 and honouring 调休 Saturdays. Pure: no
// database, no clock. It walks local days, never minutes, and remembers each day's open periods as
// UTC instants, so a benchmark seed of a million records costs a few map look-ups per record.

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface BusinessCalendar {
  /** The property's IANA zone, e.g. Asia/Shanghai. */
  timeZone: string;
  /** Working hours per ISO weekday 1 (Mon)…7 (Sun): [startMinute, endMinute) within the local day; [] = closed. */
  weekly: Record<IsoWeekday, [number, number][]>;
  /** Local dates 'YYYY-MM-DD' closed all day (法定节假日). */
  holidays: string[];
  /** Local dates 'YYYY-MM-DD' worked although a weekend (调休), using Monday's hours. */
  workdays: string[];
}

export const WALL_CLOCK = 'wall' as const;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** A calendar with no working time in this many consecutive days is a configuration error, not a wait. */
const MAX_CLOSED_DAYS = 3 * 366;

/** One local day (numbered in days since 1970-01-01): its bounds and open periods [from, to) as instants. */
interface DayPlan {
  day: number;
  start: number;
  end: number;
  open: readonly (readonly [number, number])[];
}

interface Planner {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  weekly: readonly (readonly (readonly [number, number])[])[]; // index 1..7, normalised
  days: Map<number, DayPlan>;
}

// Calendars are built once per property and reused; the planner (and its day cache) lives as long
// as the calendar object does, so a calendar must not be changed after its first use: build a new one.
const planners = new WeakMap<BusinessCalendar, Planner>();

/** Sorted, merged, clamped to the day: the arithmetic below relies on disjoint ascending periods. */
function normalisePeriods(periods: readonly (readonly [number, number])[]): [number, number][] {
  const clean = periods
    .map(([s, e]) => [Math.max(0, Math.min(1440, s)), Math.max(0, Math.min(1440, e))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const p of clean) {
    const last = merged[merged.length - 1];
    if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged;
}

function plannerOf(cal: BusinessCalendar): Planner {
  let planner = planners.get(cal);
  if (!planner) {
    const weekly: [number, number][][] = [[]];
    for (let d = 1 as IsoWeekday; d <= 7; d++) weekly[d] = normalisePeriods(cal.weekly[d] ?? []);
    planner = {
      holidays: new Set(cal.holidays),
      workdays: new Set(cal.workdays),
      weekly,
      days: new Map(),
    };
    planners.set(cal, planner);
  }
  return planner;
}

// Building an Intl.DateTimeFormat costs far more than using one; there are only a few time zones.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function zoneOffsetMs(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  const f: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(instant)))
    if (p.type !== 'literal') f[p.type] = Number(p.value);
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant the zone's wall clock shows `minute` minutes after midnight on `date` (two passes settle DST). */
function localMinuteToUtc(timeZone: string, date: string, minute: number): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE_MS;
  const first = wall - zoneOffsetMs(timeZone, wall);
  return wall - zoneOffsetMs(timeZone, first);
}

const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a day number (1970-01-01, day 0, was a Thursday). */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

function periodsOn(planner: Planner, date: string, day: number): readonly (readonly [number, number])[] {
  if (planner.holidays.has(date)) return [];
  if (planner.workdays.has(date)) return planner.weekly[1]!;
  return planner.weekly[isoWeekday(day)]!;
}

function dayPlan(cal: BusinessCalendar, planner: Planner, day: number): DayPlan {
  let plan = planner.days.get(day);
  if (plan) return plan;
  const date = dateOfDay(day);
  const start = localMinuteToUtc(cal.timeZone, date, 0);
  const end = localMinuteToUtc(cal.timeZone, dateOfDay(day + 1), 0);
  const open: [number, number][] = [];
  for (const [s, e] of periodsOn(planner, date, day)) {
    // Clamped to the day (a DST jump can push a wall time past midnight) and kept ascending.
    const from = Math.max(start, localMinuteToUtc(cal.timeZone, date, s), open.at(-1)?.[1] ?? start);
    const to = Math.min(end, localMinuteToUtc(cal.timeZone, date, e));
    if (to > from) open.push([from, to]);
  }
  plan = { day, start, end, open };
  planner.days.set(day, plan);
  return plan;
}

/** The local day containing `instant`: guessed from the UTC day, confirmed against the day's bounds. */
function dayContaining(cal: BusinessCalendar, planner: Planner, instant: number): DayPlan {
  let plan = dayPlan(cal, planner, Math.floor(instant / DAY_MS));
  while (instant < plan.start) plan = dayPlan(cal, planner, plan.day - 1);
  while (instant >= plan.end) plan = dayPlan(cal, planner, plan.day + 1);
  return plan;
}

/**
 * The instant `durationMs` of working time after `start` (start may be outside hours). A duration of
 * 0 (or less) answers `start` itself; otherwise the answer lies inside or at the end of an open period.
 */
export function addWorkingTime(cal: BusinessCalendar, start: number, durationMs: number): number {
  if (!(durationMs > 0)) return start;
  const planner = plannerOf(cal);
  let remaining = durationMs;
  let plan = dayContaining(cal, planner, start);
  let closedDays = 0;
  for (;;) {
    for (const [s, e] of plan.open) {
      if (e <= start) continue;
      const from = Math.max(s, start);
      if (remaining <= e - from) return from + remaining;
      remaining -= e - from;
    }
    closedDays = plan.open.length ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS) throw new RangeError('The business calendar has no working time');
    plan = dayPlan(cal, planner, plan.day + 1);
  }
}

/** Working time between two instants (0 if b <= a). */
export function workingTimeBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (!(b > a)) return 0;
  const planner = plannerOf(cal);
  let total = 0;
  for (let plan = dayContaining(cal, planner, a); plan.start < b; plan = dayPlan(cal, planner, plan.day + 1))
    for (const [s, e] of plan.open) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  return total;
}

/** The deadline `durationMs` after `start`: in working time under a calendar, on the wall clock otherwise. */
export function deadlineAfter(cal: BusinessCalendar | 'wall', start: number, durationMs: number): number {
  return cal === WALL_CLOCK ? start + Math.max(0, durationMs) : addWorkingTime(cal, start, durationMs);
}

/** Time elapsed from a to b as the policy counts it (0 if b <= a). */
export function elapsedBetween(cal: BusinessCalendar | 'wall', a: number, b: number): number {
  return cal === WALL_CLOCK ? Math.max(0, b - a) : workingTimeBetween(cal, a, b);
}

/**
 * A deadline after a pause (waiting on the customer): the time that was still left when the clock
 * stopped is granted again from the moment it restarts. A pause that began after the deadline had
 * passed changes nothing — the record was already late.
 */
export function shiftForPause(
  cal: BusinessCalendar | 'wall',
  dueAt: number,
  pausedAt: number,
  resumedAt: number,
): number {
  if (!(pausedAt < dueAt)) return dueAt;
  return deadlineAfter(cal, Math.max(resumedAt, pausedAt), elapsedBetween(cal, pausedAt, dueAt));
}

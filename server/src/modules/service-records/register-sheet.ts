import {
  REGISTER_SHEET_MAX_ROWS,
  SERVICE_KIND_LABELS,
  type Locale,
  type RegisterLayout,
  type RegisterSheet,
  type ServiceRecord,
} from '@qiantai/contracts';
import { yieldToLoop } from '../directory-io/index.js';
import type { FollowUpRow } from './follow-ups.repository.js';
import {
  PHRASES,
  REGISTER_COLUMNS,
  SATISFACTION_WORDS,
  SHEET_TITLES,
  STATUS_WORDS,
  type ComplaintsColumnKey,
  type RegisterColumnKey,
} from './register-sheet-labels.js';

// The sheet as cell texts: what the print view shows and what the .xlsx holds, built once.

export interface SheetInput {
  layout: RegisterLayout;
  locale: Locale;
  /** Oldest first, as a register is kept on paper. */
  records: readonly ServiceRecord[];
  /** Who completed each record (the history's actor), by record id. */
  completedBy: ReadonlyMap<string, string>;
  /** The latest follow-up call of each record that has one, by record id. */
  followUps: ReadonlyMap<string, FollowUpRow>;
  timeZone: string;
  propertyName: string;
  from?: string;
  to?: string;
  printedBy: string;
  now: number;
  truncated: boolean;
}

// Building an Intl.DateTimeFormat costs far more than using one; there are only a few time zones.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The property's wall clock at an instant: 2026-11-27 and 09:05. */
export function localDateTime(timeZone: string, instant: number): { date: string; time: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const part: Record<string, string> = {};
  for (const p of format.formatToParts(new Date(instant))) part[p.type] = p.value;
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

const kindWord = (r: ServiceRecord, locale: Locale) => SERVICE_KIND_LABELS[r.kind][locale];

const categoryWords = (r: ServiceRecord, locale: Locale) =>
  r.categoryPath.map((c) => (locale === 'en' ? c.nameEn || c.name : c.name));

const departmentWord = (r: ServiceRecord, locale: Locale) =>
  (locale === 'en' ? r.departmentNameEn || r.departmentName : r.departmentName) ?? '';

/** The result as written, or, while there is none yet, the status in brackets: （处理中）. */
function resultWord(r: ServiceRecord, locale: Locale) {
  if (r.result) return r.result;
  const status = STATUS_WORDS[r.status][locale];
  return locale === 'en' ? `(${status})` : `（${status}）`;
}

/** 2026-11-28 已联系 · 满意 · 业主表示漏水已解决 */
function followUpWord(f: FollowUpRow | undefined, input: SheetInput) {
  if (!f) return '';
  const { locale, timeZone } = input;
  const day = (instant: number) => localDateTime(timeZone, instant).date;
  const parts: string[] = [];
  if (f.status === 'done') {
    parts.push(PHRASES.followUpDone[locale](day(f.done_at ?? f.updated_at)));
    if (f.satisfaction) parts.push(SATISFACTION_WORDS[f.satisfaction][locale]);
  } else if (f.status === 'unreached') {
    parts.push(PHRASES.followUpUnreached[locale](day(f.done_at ?? f.updated_at), f.attempts));
  } else {
    parts.push(PHRASES.followUpPending[locale](day(f.due_at), f.attempts));
  }
  if (f.comment) parts.push(f.comment);
  return parts.join(' · ');
}

const satisfactionWord = (r: ServiceRecord, locale: Locale) =>
  r.satisfaction ? SATISFACTION_WORDS[r.satisfaction][locale] : '';

function registerRow(r: ServiceRecord, seq: number, input: SheetInput): Record<RegisterColumnKey, string> {
  const { locale } = input;
  const at = localDateTime(input.timeZone, r.createdAt);
  return {
    seq: String(seq),
    date: at.date,
    time: at.time,
    customer: r.customerName,
    unit: r.unitCode ?? '',
    phone: r.customerPhone,
    kind: [kindWord(r, locale), ...categoryWords(r, locale)].join(' / '),
    content: r.content,
    handler: input.completedBy.get(r.id) ?? r.assigneeName ?? r.createdByName ?? '',
    department: departmentWord(r, locale),
    result: resultWord(r, locale),
    followUp: followUpWord(input.followUps.get(r.id), input),
    satisfaction: satisfactionWord(r, locale),
  };
}

/** 备注: the record's number, how serious it is, and where it stands while still open. */
function remarksOf(r: ServiceRecord, locale: Locale) {
  const parts = [r.number];
  if (r.severity !== 'general') parts.push(PHRASES[r.severity][locale]);
  if (!r.result) parts.push(STATUS_WORDS[r.status][locale]);
  return parts.join(' · ');
}

function complaintsRow(
  r: ServiceRecord,
  seq: number,
  input: SheetInput,
): Record<ComplaintsColumnKey, string> {
  const { locale } = input;
  return {
    seq: String(seq),
    date: localDateTime(input.timeZone, r.createdAt).date,
    complainant: r.customerName,
    unit: r.unitCode ?? '',
    phone: r.customerPhone,
    content: r.content,
    category: [kindWord(r, locale), ...categoryWords(r, locale)].join(' / '),
    receiver: r.createdByName ?? '',
    department: departmentWord(r, locale),
    result: resultWord(r, locale),
    followUp: followUpWord(input.followUps.get(r.id), input),
    satisfaction: satisfactionWord(r, locale),
    remarks: remarksOf(r, locale),
  };
}

/** Rows built between two turns of the event loop: a sheet of 10,000 records is built in slices. */
const ROWS_PER_TURN = 500;

export async function buildSheet(input: SheetInput): Promise<RegisterSheet> {
  const { layout, locale } = input;
  const labels: Record<string, Record<Locale, string>> = REGISTER_COLUMNS[layout];
  const keys = Object.keys(labels);
  const rowOf = layout === 'register' ? registerRow : complaintsRow;
  const rows: string[][] = [];
  for (const [i, r] of input.records.entries()) {
    const cells: Record<string, string> = rowOf(r, i + 1, input);
    rows.push(keys.map((k) => cells[k] ?? ''));
    if ((i + 1) % ROWS_PER_TURN === 0) await yieldToLoop();
  }
  const at = localDateTime(input.timeZone, input.now);
  const max = REGISTER_SHEET_MAX_ROWS.toLocaleString('en-US');
  return {
    layout,
    title: [
      SHEET_TITLES[layout][locale],
      input.propertyName,
      PHRASES.period[locale](input.from, input.to),
    ].join(' · '),
    subtitle: PHRASES.subtitle[locale](rows.length, input.printedBy, `${at.date} ${at.time}`),
    columns: keys.map((key) => ({ key, label: labels[key]![locale] })),
    rows,
    truncated: input.truncated,
    note: input.truncated ? PHRASES.truncated[locale](max) : null,
  };
}

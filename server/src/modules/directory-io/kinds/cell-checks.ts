import type { Locale } from '@qiantai/contracts';
import type { z } from 'zod';
import { describeZodIssues } from '../../../platform/http/validation.js';
import { translate, type MessageKey, type MessageParams } from '../../../platform/i18n/messages.js';
import type { Choices } from '../choice-labels.js';
import { choiceOf } from '../choice-labels.js';
import type { CellIssue, Cells } from './kind.js';

// Turning cell text into API values. Each helper records a translated issue on the column and
// leaves the field out, so the API schema still checks every other field of the row.

export class RowChecks {
  readonly issues: CellIssue[] = [];
  constructor(
    readonly cells: Cells,
    readonly locale: Locale,
  ) {}

  text(column: string): string {
    return this.cells[column] ?? '';
  }

  has(column: string): boolean {
    return this.text(column) !== '';
  }

  fail(column: string, key: MessageKey, params?: MessageParams): void {
    this.issues.push({ column, message: translate(this.locale, key, params) });
  }

  choice<T extends string>(column: string, choices: Choices<T>): T | undefined {
    if (!this.has(column)) return undefined;
    const value = choiceOf(choices, this.text(column));
    if (value === null)
      this.fail(column, 'directoryIo.unknownChoice', { choices: Object.values(choices).join('、') });
    return value ?? undefined;
  }

  /** Empty → null; otherwise a number (the API schema checks range and whole numbers). */
  number(column: string): number | null | undefined {
    if (!this.has(column)) return null;
    const n = Number(this.text(column));
    if (Number.isFinite(n)) return n;
    this.fail(column, 'directoryIo.notNumber');
    return undefined;
  }

  /** Yuan as typed (3500 or 3500.50) → fen, with no rounding of a third decimal. */
  money(column: string): number | undefined {
    if (!this.has(column)) return undefined;
    const text = this.text(column).replace(/[,，¥￥\s]/g, '');
    const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
    if (!match) {
      this.fail(column, 'directoryIo.money');
      return undefined;
    }
    return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  }

  /** 2026-1-5 and 2026/01/05 as 2026-01-05; the API's date schema rejects the rest. */
  date(column: string): string | null {
    if (!this.has(column)) return null;
    const text = this.text(column);
    const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
    return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text;
  }

  /** Several values in one cell: 0755-1234; 13800001111 (semicolons, commas, 、 or line breaks). */
  list(column: string): string[] {
    return this.text(column)
      .split(/[;；,，、\n]+/)
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** Issues of the API schema, each put on the column its field came from. */
  schemaIssues(error: z.ZodError, columnOf: (path: string) => string): void {
    for (const issue of describeZodIssues(error, this.locale))
      this.issues.push({ column: columnOf(issue.path), message: issue.message });
  }
}

/** The column a schema path ('idDocument.idNumber', 'otherPhones.1') came from. */
export function columnMapper(map: Record<string, string>, fallback: string) {
  return (path: string) => {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n -= 1) {
      const column = map[parts.slice(0, n).join('.')];
      if (column) return column;
    }
    return fallback;
  };
}

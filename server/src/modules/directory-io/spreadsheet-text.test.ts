import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { RegisterSheet } from '@qiantai/contracts';
import { registerWorkbook } from '../service-records/register-workbook.js';
import { readXlsx } from './directory-io.test-kit.js';
import { KINDS } from './kinds/registry.js';
import { escapeFormula } from './spreadsheet-text.js';
import { exportWorkbook } from './workbook-writer.js';
import { commitRows, ROWS_PER_TURN, streamedWorkbook } from './xlsx-stream.js';

// What a spreadsheet could take for a formula, and the two files that carry user text (directory
// exports and the service register) escaping it alike.

const FORMULAS = [
  '=1+1',
  '+1',
  '-2',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=1',
  '\n=1',
  '\nplain after a line break',
  '＝HYPERLINK("http://x.cn")', // full-width equals
  '＋1',
  '－1',
  '＠SUM(A1)',
  '﹦1', // small forms
  '﹢1',
  '﹣1',
  '﹫A1',
  '−1', // U+2212 minus sign
  ' =1',
  '\u00a0=1', // NBSP
  '\u3000＝1', // ideographic space, then full-width equals
  '\ufeff=1', // byte-order mark
];
const PLAIN = ['张伟', '138****5678', '3-2-1502', 'a=b', '1+1', 'x@y.cn', '说明：-2 度', ''];

describe('escapeFormula', () => {
  it('puts an apostrophe before anything a spreadsheet could read as a formula', () => {
    for (const text of FORMULAS) expect(escapeFormula(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    for (const text of PLAIN) expect(escapeFormula(text), JSON.stringify(text)).toBe(text);
  });
});

describe('every exported file', () => {
  const escaped = (cells: string[]) => cells.filter((c) => c.startsWith("'")).sort();
  // XML reads a carriage return as a line feed: the cell still starts with the apostrophe.
  const expected = FORMULAS.map((f) => `'${f.replace('\r', '\n')}`).sort();

  it('escapes formula-like text in a directory export', async () => {
    const rows = FORMULAS.map((f) => ({ name: '张伟', notes: f }));
    const file = await readXlsx(await exportWorkbook(KINDS.people, rows));
    expect(file.formulas).toEqual([]);
    expect(escaped(file.rows.slice(1).map((r) => r.at(-1)!))).toEqual(expected);
  });

  it('escapes formula-like text in the service register, title and note included', async () => {
    const sheet: RegisterSheet = {
      layout: 'register',
      title: '＝title',
      subtitle: '@subtitle',
      columns: [
        { key: 'seq', label: '序号' },
        { key: 'content', label: '内容' },
      ],
      rows: FORMULAS.map((f, i) => [String(i + 1), f]),
      truncated: true,
      note: '－note',
    };
    const file = await readXlsx(await registerWorkbook(sheet, 'zh-CN'));
    expect(file.formulas).toEqual([]);
    expect(file.rows[0]![0]).toBe("'＝title");
    expect(file.rows[1]![0]).toBe("'@subtitle");
    expect(escaped(file.rows.slice(3, -1).map((r) => r[1]!))).toEqual(expected);
    expect(file.rows.at(-1)![0]).toBe("'－note");
  });
});

describe('the streaming writer', () => {
  it('gives the event loop a turn while it writes rows', async () => {
    // No clocks: a callback queued for the next turn runs before the last row is taken.
    const total = ROWS_PER_TURN * 5;
    let taken = 0;
    let takenAtTurn = -1;
    function* rows() {
      for (let i = 0; i < total; i++) {
        taken += 1;
        yield [String(i)];
      }
    }
    const { workbook, finish } = streamedWorkbook();
    const sheet = workbook.addWorksheet('rows');
    const written = commitRows(sheet, rows(), (r) => r);
    void nextTurn().then(() => (takenAtTurn = taken));
    await written;
    sheet.commit();
    expect((await readXlsx(await finish())).rows).toHaveLength(total);
    expect(takenAtTurn).toBeGreaterThan(0);
    expect(takenAtTurn).toBeLessThan(total);
  });
});

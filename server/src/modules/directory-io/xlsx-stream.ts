import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { escapeFormula } from './spreadsheet-text.js';

// Exports are written with exceljs's streaming writer, so no step holds the event loop for long: a
// row becomes XML when it is committed, the zip is deflated by zlib off the main thread, and every
// ROWS_PER_TURN rows the writer gives the loop a turn, so the desk's other requests are answered
// while a 50,000-row file is written (one workbook.xlsx.writeBuffer() of such a file held the
// process for seconds). The file is collected in memory and sent whole: a failure half-way is still
// a clean error answer, never a truncated download that looks complete.
//
// Text goes in as inline strings: shared strings would be built into one XML part at the very end
// (two seconds of blocking for 50,000 rows), and an inline string is plain text by definition, never
// a formula, whatever it says. Comments (the header's note), frozen panes, merged cells, page setup
// and print titles all work with the streaming writer.

export const ROWS_PER_TURN = 100;

/** Gives the event loop a turn: timers, sockets and other requests run before we go on. */
export const yieldToLoop = () => nextTurn();

export interface StreamedWorkbook {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Commits the workbook and answers the finished .xlsx file. */
  finish(): Promise<Buffer>;
}

export function streamedWorkbook(): StreamedWorkbook {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Qiantai 前台';
  return {
    workbook,
    async finish() {
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

/** A text cell: escaped so no spreadsheet evaluates it, written inline; an empty text is no cell. */
export function textCell(text: string): ExcelJS.CellValue {
  return text === '' ? null : { richText: [{ text: escapeFormula(text) }] };
}

/**
 * Appends one row per item and commits it, giving the event loop a turn every ROWS_PER_TURN rows.
 * `style` dresses a row before it is committed (a committed row can no longer change).
 */
export async function commitRows<T>(
  sheet: ExcelJS.Worksheet,
  items: Iterable<T>,
  valuesOf: (item: T) => ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>,
  style?: (row: ExcelJS.Row) => void,
): Promise<void> {
  let written = 0;
  for (const item of items) {
    const row = sheet.addRow(valuesOf(item));
    style?.(row);
    row.commit();
    if (++written % ROWS_PER_TURN === 0) await yieldToLoop();
  }
}

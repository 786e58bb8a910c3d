import type ExcelJS from 'exceljs';
import type { Locale, RegisterSheet } from '@qiantai/contracts';
import { commitRows, streamedWorkbook, textCell } from '../directory-io/index.js';

// The register's sheet as an .xlsx laid out like the paper form: a title row, a line saying who
// printed it and when, the header (repeated on every printed page), one row per record, and a note
// row when the sheet stops short. Written with the directory exports' streaming writer
// (directory-io/xlsx-stream.ts: rows committed in order, the event loop given turns), and every
// text cell goes through the one escapeFormula (textCell).

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;
/** Column widths are measured on the first rows only: enough to lay the page out, cheap on 10,000. */
const MEASURED_ROWS = 1_000;
/** Columns of running text: wrapped at this width rather than stretched across the page. */
const WRAPPED = new Set(['content', 'result', 'followUp', 'remarks', 'category', 'kind']);
const MAX_WIDTH = { wrapped: 42, plain: 24 };
const SHEET_NAMES: Record<RegisterSheet['layout'], Record<Locale, string>> = {
  register: { 'zh-CN': '客户服务登记录', en: 'Service register' },
  complaints: { 'zh-CN': '投诉意见登记表', en: 'Complaints' },
};
const FOOTER: Record<Locale, string> = { 'zh-CN': '&C第 &P 页，共 &N 页', en: '&CPage &P of &N' };

/** How wide text looks in a cell: Chinese characters take two columns, the rest one. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

function widthOf(sheet: RegisterSheet, column: number): number {
  const key = sheet.columns[column]!.key;
  const limit = WRAPPED.has(key) ? MAX_WIDTH.wrapped : MAX_WIDTH.plain;
  let widest = displayWidth(sheet.columns[column]!.label);
  for (const row of sheet.rows.slice(0, MEASURED_ROWS)) {
    widest = Math.max(widest, displayWidth(row[column] ?? ''));
    if (widest >= limit) break;
  }
  return Math.min(limit, Math.max(6, widest + 2));
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export async function registerWorkbook(sheet: RegisterSheet, locale: Locale): Promise<Buffer> {
  const { workbook, finish } = streamedWorkbook();
  const count = sheet.columns.length;
  const ws = workbook.addWorksheet(SHEET_NAMES[sheet.layout][locale], {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: FOOTER[locale] },
  });
  ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: widthOf(sheet, i) }));

  // Rows are committed in order, each once it is dressed: a committed row cannot change.
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, count);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = textCell(sheet.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(TITLE_ROW).height = 28;
  ws.getRow(TITLE_ROW).commit();

  ws.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, count);
  const subtitle = ws.getCell(SUBTITLE_ROW, 1);
  subtitle.value = textCell(sheet.subtitle);
  subtitle.font = { size: 10, color: { argb: 'FF595959' } };
  subtitle.alignment = { horizontal: 'right' };
  ws.getRow(SUBTITLE_ROW).commit();

  const header = ws.getRow(HEADER_ROW);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = textCell(c.label);
    cell.border = thin;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 22;
  header.commit();

  // 序号 stays a number (Excel sorts it as one); everything else is text, never a formula.
  await commitRows(
    ws,
    sheet.rows,
    (cells) => cells.map((text, i) => (i === 0 ? Number(text) : textCell(text))),
    (row) => {
      for (let col = 1; col <= count; col++) {
        const cell = row.getCell(col);
        cell.border = thin;
        cell.alignment = {
          vertical: 'top',
          wrapText: WRAPPED.has(sheet.columns[col - 1]!.key),
          horizontal: col === 1 ? 'center' : undefined,
        };
      }
    },
  );

  if (sheet.note) {
    const at = HEADER_ROW + sheet.rows.length + 1;
    ws.mergeCells(at, 1, at, count);
    const note = ws.getCell(at, 1);
    note.value = textCell(sheet.note);
    note.font = { italic: true, color: { argb: 'FFC00000' } };
    ws.getRow(at).commit();
  }
  ws.commit();
  return finish();
}

import ExcelJS from 'exceljs';
import type { Cells, Column, DirectoryKind } from './kinds/kind.js';
import { escapeFormula } from './spreadsheet-text.js';
import { commitRows, streamedWorkbook, textCell } from './xlsx-stream.js';

// Templates and exports share one layout: row 1 is the header (Chinese, English on a second line),
// so an exported file can be imported again. Every text cell goes through escapeFormula. Templates
// are small and built in memory; exports stream (xlsx-stream.ts) into the same layout.

export const HEADER_NOTE_ROW = 1;
const TEMPLATE_ROWS = 1000;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qiantai 前台';
  return workbook;
}

/** The sheet of a kind with its header row; a streamed export commits the header before its rows. */
export function addDataSheet(
  workbook: ExcelJS.Workbook,
  kind: DirectoryKind,
  columns: readonly Column[],
  headerNote?: string,
) {
  const sheet = workbook.addWorksheet(kind.title.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: Math.max(12, c.zh.length * 2 + 6, c.en.length + 2),
  }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = { richText: [{ text: `${c.zh}\n${c.en}` }] };
  });
  header.height = 32;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  if (headerNote) header.getCell(1).note = headerNote;
  return sheet;
}

/** Data rows from row 2 on: every value written as text, escaped so Excel never evaluates it. */
export function addRows(sheet: ExcelJS.Worksheet, columns: readonly Column[], rows: readonly Cells[]) {
  for (const cells of rows)
    sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, escapeFormula(cells[c.key] ?? '')])));
}

/** The template's example row (ignored on import while unchanged) and drop-down lists for enum columns. */
export function addExampleAndChoices(sheet: ExcelJS.Worksheet, columns: readonly Column[]) {
  addRows(sheet, columns, [Object.fromEntries(columns.map((c) => [c.key, c.example]))]);
  const example = sheet.getRow(2);
  example.font = { italic: true, color: { argb: 'FF8C8C8C' } };
  example.getCell(1).note =
    '示例行：保持不变时导入会忽略，可直接删除。\nExample row: ignored on import while unchanged; you may delete it.';
  columns.forEach((c, i) => {
    if (!c.choices) return;
    const list = `"${Object.values(c.choices).join(',')}"`;
    for (let row = 2; row <= TEMPLATE_ROWS; row += 1)
      sheet.getRow(row).getCell(i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: '请从列表中选择',
        error: `可选：${Object.values(c.choices).join('、')}`,
      };
  });
}

/** The 说明 sheet: what each column takes. */
export function addHelpSheet(workbook: ExcelJS.Workbook, kind: DirectoryKind, columns: readonly Column[]) {
  const help = workbook.addWorksheet('说明');
  help.columns = [
    { header: '列 Column', key: 'column', width: 24 },
    { header: '必填 Required', key: 'required', width: 14 },
    { header: '说明', key: 'zh', width: 50 },
    { header: 'Description', key: 'en', width: 50 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns)
    help.addRow({
      column: `${c.zh} ${c.en}`,
      required: c.required ? '是 yes' : '',
      zh: escapeFormula(
        c.choices ? `${c.help.zh}（可选：${Object.values(c.choices).join('、')}）` : c.help.zh,
      ),
      en: escapeFormula(c.help.en),
    });
  help.addRow({});
  help.addRow({
    column: '提示 Notes',
    zh: `第 1 行为表头，第 2 行为示例；从第 3 行起每行一条${kind.title.zh.replace(/清单|名单/, '')}记录。已存在的记录（按房号、证件号码或姓名+手机、车牌、车位编号、房号+租户+开始日期识别）不会重复导入；空白单元格不改动已有数据。`,
    en: 'Row 1 is the header, row 2 an example; one record per row from row 3. Records already on file are recognised and not duplicated; an empty cell leaves existing data as it is.',
  });
}

/** An export: the kind's sheet, streamed row by row (the note, when given, on the first header cell). */
export async function exportWorkbook(
  kind: DirectoryKind,
  rows: readonly Cells[],
  headerNote?: string,
): Promise<Buffer> {
  const { workbook, finish } = streamedWorkbook();
  const sheet = addDataSheet(workbook, kind, kind.columns, headerNote);
  sheet.getRow(1).commit();
  await commitRows(sheet, rows, (cells) =>
    Object.fromEntries(kind.columns.map((c) => [c.key, textCell(cells[c.key] ?? '')])),
  );
  sheet.commit();
  return finish();
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.js';
import { importColumns, type Cells, type Column, type DirectoryKind } from './kinds/kind.js';
import { cellText, looksLikeXlsx } from './spreadsheet-text.js';

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: Cells;
}

export interface ImportSheet {
  rows: SheetRow[];
  /** Columns the header lacks, by key. */
  missing: Column[];
}

const notXlsx = () => new AppError('VALIDATION_FAILED', 'directoryIo.notXlsx');

/** A header cell names a column by its Chinese or English label, on either line ("姓名\nName"). */
function columnOfHeader(columns: readonly Column[], header: string): Column | undefined {
  const lines = header.split(/\r?\n/).map((l) => l.trim().toLowerCase());
  return columns.find((c) =>
    lines.some((l) => l === c.zh || l === c.en.toLowerCase() || l === `${c.zh} ${c.en}`.toLowerCase()),
  );
}

const isExample = (kind: DirectoryKind, cells: Cells) =>
  importColumns(kind).every((c) => (cells[c.key] ?? '') === c.example);

/**
 * The rows of the first sheet, by column key: the header row may order the columns freely; the
 * template's example row and empty rows are left out.
 */
export async function readImportSheet(kind: DirectoryKind, body: Buffer): Promise<ImportSheet> {
  if (!looksLikeXlsx(body)) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its own Buffer (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();
  const columns = importColumns(kind);
  const byIndex = new Map<number, Column>();
  sheet.getRow(1).eachCell((cell, index) => {
    const column = columnOfHeader(columns, cellText(cell.value));
    if (column) byIndex.set(index, column);
  });
  const found = new Set([...byIndex.values()].map((c) => c.key));
  const missing = columns.filter((c) => c.required && !found.has(c.key));
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 2)
    throw new AppError('VALIDATION_FAILED', 'directoryIo.tooManyRows', { params: { max: IMPORT_MAX_ROWS } });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Cells = Object.fromEntries(columns.map((c) => [c.key, '']));
    for (const [index, column] of byIndex) cells[column.key] = cellText(row.getCell(index).value);
    if (Object.values(cells).every((v) => v === '')) return;
    if (rowNumber === 2 && isExample(kind, cells)) return;
    rows.push({ row: rowNumber, cells });
  });
  return { rows, missing };
}

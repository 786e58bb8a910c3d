import ExcelJS from 'exceljs';
import type { Agent } from '../../test/harness.js';

// Spreadsheets as a user's Excel makes them, and the server's files read back, with exceljs.

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type CellInput = ExcelJS.CellValue;

/** A workbook whose first sheet has this header row and these rows. */
export async function xlsx(
  header: readonly string[],
  rows: readonly (readonly CellInput[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function importFile(
  agent: Agent,
  kind: string,
  propertyId: string,
  mode: 'validate' | 'all' | 'validOnly',
  file: Buffer,
  headers: Record<string, string> = {},
) {
  return agent.request(
    'POST',
    `/api/v1/directory-io/imports/${kind}?propertyId=${propertyId}&mode=${mode}`,
    file,
    {
      'content-type': XLSX,
      ...headers,
    },
  );
}

export interface ReadBack {
  sheetNames: string[];
  /** Every row of the first sheet as the cells' text (row 1 is the header). */
  rows: string[][];
  /** Cells of the first sheet that hold a formula (there must be none). */
  formulas: string[];
  workbook: ExcelJS.Workbook;
}

export async function readXlsx(content: Buffer): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  const formulas: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(cell.address);
      values[col - 1] = cell.text;
    });
    rows.push(Array.from(values, (v) => v ?? ''));
  });
  return { sheetNames: workbook.worksheets.map((s) => s.name), rows, formulas, workbook };
}

/** The file an export or template route answers, read back; fails loudly on anything but a 200 .xlsx. */
export async function download(agent: Agent, url: string): Promise<ReadBack & { disposition: string }> {
  const res = await agent.request('GET', url);
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  if (res.headers['content-type'] !== XLSX)
    throw new Error(`GET ${url}: ${String(res.headers['content-type'])}`);
  return { ...(await readXlsx(res.rawPayload)), disposition: String(res.headers['content-disposition']) };
}

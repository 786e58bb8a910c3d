import type { DirectoryKind } from './kinds/kind.js';
import { importColumns } from './kinds/kind.js';
import {
  addDataSheet,
  addExampleAndChoices,
  addHelpSheet,
  newWorkbook,
  toBuffer,
} from './workbook-writer.js';

/** The import template of a kind: header, example row, drop-down lists and the 说明 sheet. */
export async function templateOf(
  kind: DirectoryKind,
): Promise<{ content: Buffer; fileName: string; asciiName: string }> {
  const columns = importColumns(kind);
  const workbook = newWorkbook();
  const sheet = addDataSheet(workbook, kind, columns);
  addExampleAndChoices(sheet, columns);
  addHelpSheet(workbook, kind, columns);
  return {
    content: await toBuffer(workbook),
    fileName: `${kind.title.zh}-导入模板.xlsx`,
    asciiName: `${kind.kind}-template.xlsx`,
  };
}

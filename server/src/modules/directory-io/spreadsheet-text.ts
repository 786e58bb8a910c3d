import type { CellValue } from 'exceljs';

// Spreadsheet cells are untrusted in both directions: an imported "=HYPERLINK(…)" is stored as the
// text it is, and on the way out any text a spreadsheet could take for a formula gets a leading
// apostrophe so it stays text (OWASP "CSV injection"). Every file the server writes (directory
// exports and templates, the service register) goes through this one function.
//
// Starters are = + - @ and the look-alikes Chinese input methods type in their place, which a
// spreadsheet program, its input handling or a paste into another program may fold into the ASCII
// sign: full-width ＝ ＋ － ＠, the small forms ﹦ ﹢ ﹣ ﹫ and the minus sign −. Escaping one costs
// a visible apostrophe on rare text; missing one could cost a formula. Spreadsheets skip leading
// whitespace before they look (space, NBSP, the ideographic space …), so " =1+1" counts too; a cell
// that starts with a tab, CR or LF is escaped whatever follows, since a paste can split it there.
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212])/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A .xlsx file is a ZIP archive: it starts with the local file header "PK\x03\x04". */
export function looksLikeXlsx(body: Buffer): boolean {
  return body.length > 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What a cell says, as text: numbers typed into a phone column, dates as YYYY-MM-DD (Excel dates
 * are calendar days, stored as UTC midnight), rich text joined, and a formula as its own text,
 * never its cached result, so a formula is imported as the literal the user sees in the bar.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value) return `=${String(value.sharedFormula)}`;
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

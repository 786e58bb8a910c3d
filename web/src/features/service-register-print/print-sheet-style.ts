// The paper: A4 landscape, black rules, the header repeated on every printed page, no row split
// across pages. The toolbar is for the screen only.

/** Room for the running text; the other columns take what their words need. */
export const COLUMN_WIDTHS: Record<string, string> = {
  content: '17%',
  result: '13%',
  followUp: '12%',
  remarks: '11%',
};

/** Dates, times, phones and unit codes never break across lines. */
export const KEEP_TOGETHER = new Set(['seq', 'date', 'time', 'unit', 'phone']);

export const PRINT_CSS = `
.qt-print { background: #f0f2f5; min-height: 100vh; padding: 16px; }
.qt-print-toolbar { max-width: 297mm; margin: 0 auto 12px; }
.qt-paper {
  background: #fff; color: #000; max-width: 297mm; margin: 0 auto; padding: 10mm;
  box-shadow: 0 1px 6px rgba(0, 0, 0, .12); font-size: 12px; line-height: 1.45;
}
.qt-paper h1 { text-align: center; font-size: 18px; font-weight: 600; margin: 0 0 4px; }
.qt-subtitle { text-align: right; color: #595959; font-size: 11px; margin-bottom: 6px; }
.qt-sheet { width: 100%; border-collapse: collapse; table-layout: auto; }
.qt-sheet th, .qt-sheet td {
  border: 1px solid #000; padding: 3px 4px; vertical-align: top; overflow-wrap: break-word;
}
.qt-sheet th { background: #eef1f6; font-weight: 600; text-align: center; vertical-align: middle; }
.qt-sheet td.qt-seq { text-align: center; }
.qt-sheet td.qt-keep { white-space: nowrap; }
.qt-sheet td.qt-empty { text-align: center; color: #8c8c8c; padding: 24px; }
.qt-note { color: #c00000; font-style: italic; margin: 6px 0 0; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  .qt-no-print { display: none !important; }
  .qt-print { background: none; padding: 0; min-height: 0; }
  .qt-paper { box-shadow: none; padding: 0; max-width: none; font-size: 9pt; }
  .qt-sheet thead { display: table-header-group; }
  .qt-sheet tr { break-inside: avoid; page-break-inside: avoid; }
  .qt-sheet th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

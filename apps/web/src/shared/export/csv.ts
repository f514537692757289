import type { ExportCell, ExportTable } from './table';

/** Byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese) only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge spaces, with
 * quotes doubled. Text that a spreadsheet would run as a formula (= + - @) gets a leading
 * apostrophe; numbers are written plainly, without grouping, so they stay numbers.
 */
export function csvField(value: ExportCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: BOM, header row, one line per row, CRLF line ends. */
export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => csvField(c.label)), ...table.rows.map((row) => row.map(csvField))];
  return UTF8_BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(table: Pick<ExportTable, 'columns' | 'rows'>): Blob {
  return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
}

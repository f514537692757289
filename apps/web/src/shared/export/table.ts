/** A table as exported: raw values (numbers stay numbers), column labels with units, and notes. */
export type ExportCell = string | number | null;

export interface ExportColumn {
  readonly label: string;
  /** Numbers are written as numbers (right-aligned, summable in Excel). */
  readonly kind?: 'text' | 'number';
}

export interface ExportTable {
  /** Title of the table; also the sheet name (shortened) and the file name. */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
  /** Lines such as 单位, 数据来源, 链接, 导出时间: a second sheet in XLSX (CSV stays a plain table). */
  readonly notes?: readonly (readonly [string, string])[];
}

/** A file name without characters that Windows, macOS or Linux refuse. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'export'}.${extension}`;
}

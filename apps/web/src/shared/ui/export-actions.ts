import { csvBlob, downloadBlob, safeFileName, xlsxBlob } from '../export';
import { formatDateTime } from '../format';
import type { Lang, Translate } from '../i18n';
import { toExportTable, type TableModel } from './table-model';

/** Notes written beside an exported table: scope, unit, source (useDataSource), link and time. */
export function exportNotes(t: Translate, lang: Lang, source: string, subtitle?: string, unit?: string | null): [string, string][] {
  return [
    ...(subtitle ? [[t('export.scope'), subtitle] as [string, string]] : []),
    ...(unit ? [[t('export.unit'), unit] as [string, string]] : []),
    [t('export.sourceLabel'), source],
    [t('export.link'), window.location.href],
    [t('export.exportedAt'), formatDateTime(new Date().toISOString(), lang)],
  ];
}

/** Downloads a table as CSV (UTF-8 with BOM) or XLSX (with a notes sheet). */
export function downloadTable(table: TableModel, format: 'csv' | 'xlsx', t: Translate, lang: Lang, source: string, fileName = table.title): void {
  const exported = toExportTable({ ...table, notes: table.notes ?? exportNotes(t, lang, source) });
  if (format === 'csv') downloadBlob(csvBlob(exported), safeFileName(fileName, 'csv'));
  else downloadBlob(xlsxBlob(exported, { notesSheet: t('export.notesSheet') }), safeFileName(fileName, 'xlsx'));
}

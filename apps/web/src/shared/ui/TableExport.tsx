import { useState } from 'react';
import { useDataSource } from '../api';
import { useLanguage, useT } from '../i18n';
import { downloadTable } from './export-actions';
import type { TableModel } from './table-model';

/** CSV and Excel buttons for a table shown without a chart. */
export function TableExport({ table, fileName }: { readonly table: TableModel; readonly fileName?: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const { source, exportName } = useDataSource();
  const [done, setDone] = useState('');
  const run = (format: 'csv' | 'xlsx') => {
    downloadTable(table, format, t, lang, source, exportName(fileName ?? table.title));
    setDone(t('export.done', { format: format === 'csv' ? 'CSV' : 'Excel' }));
  };
  return (
    <div className="table-export">
      <div className="export-buttons" role="group" aria-label={t('export.label', { title: table.title })}>
        <button type="button" className="button button--small button--ghost" onClick={() => run('csv')} data-export="csv" aria-label={t('export.csvLabel')}>
          CSV
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => run('xlsx')} data-export="xlsx" aria-label={t('export.xlsxLabel')}>
          Excel
        </button>
      </div>
      <p className="frame-message" role="status" aria-live="polite">
        {done}
      </p>
    </div>
  );
}

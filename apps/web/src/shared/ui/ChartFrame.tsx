import { useRef, useState, type ReactNode } from 'react';
import { useDataSource } from '../api';
import { composeChartSvg, downloadBlob, safeFileName, serializeChart, svgBlob, svgToPngBlob } from '../export';
import { formatDateTime } from '../format';
import { useLanguage, useT } from '../i18n';
import { Panel } from './Panel';
import { SortableTable } from './SortableTable';
import { downloadTable, exportNotes } from './export-actions';
import type { TableModel } from './table-model';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
}

export interface ChartFrameProps {
  /** data-panel id (tests and styling). */
  readonly id: string;
  readonly title: string;
  /** Scope and year, e.g. 辽宁省 · 2024 年度; drawn into exported images. */
  readonly subtitle?: string;
  /** Unit name (件, 万元); drawn as "单位：件". */
  readonly unit?: string | null;
  readonly legend?: readonly LegendItem[];
  /** The chart's figures: the table view, and the CSV/XLSX export. */
  readonly table: TableModel;
  /** Custom table view (defaults to a sortable table of `table`). */
  readonly tableView?: ReactNode;
  /** Notes under the chart (coverage, missing values). */
  readonly notes?: ReactNode;
  /** Extra controls in the header. */
  readonly controls?: ReactNode;
  readonly className?: string;
  readonly headingLevel?: 2 | 3;
  /** Base of the exported file names. */
  readonly fileName?: string;
  readonly children: ReactNode;
}

const CHART_SVG = 'svg[data-chart-root], .recharts-wrapper > svg.recharts-surface';

/**
 * A chart with its title, unit, a chart/table toggle and exports: the chart as PNG or SVG (title,
 * unit, legend and source drawn into the image) and its figures as CSV (UTF-8 with BOM) or XLSX.
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  unit,
  legend,
  table,
  tableView,
  notes,
  controls,
  className,
  headingLevel = 2,
  fileName,
  children,
}: ChartFrameProps) {
  const t = useT();
  const { lang } = useLanguage();
  const { source, exportName } = useDataSource();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const base = exportName(fileName ?? [title, subtitle].filter(Boolean).join(' '));
  const unitText = unit ? t('panel.unit', { unit }) : undefined;

  const exportImage = async (format: 'png' | 'svg') => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>(CHART_SVG);
    if (!svg) {
      setMessage({ kind: 'error', text: t('export.noChart') });
      return;
    }
    try {
      const { markup, width, height } = serializeChart(svg);
      const composed = composeChartSvg(markup, width, height, {
        title,
        subtitle,
        unit: unitText,
        legend,
        source: `${t('export.sourceLabel')}：${source}`,
        footnote: `${window.location.href} · ${t('export.exportedAt')} ${formatDateTime(new Date().toISOString(), lang)}`,
      });
      if (format === 'svg') downloadBlob(svgBlob(composed.svg), safeFileName(base, 'svg'));
      else downloadBlob(await svgToPngBlob(composed.svg, composed.width, composed.height, 2), safeFileName(base, 'png'));
      setMessage({ kind: 'ok', text: t('export.done', { format: format.toUpperCase() }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const exportTable = (format: 'csv' | 'xlsx') => {
    downloadTable({ ...table, notes: table.notes ?? exportNotes(t, lang, source, subtitle, unit) }, format, t, lang, source, base);
    setMessage({ kind: 'ok', text: t('export.done', { format: format === 'csv' ? 'CSV' : 'Excel' }) });
  };

  const actions = (
    <div className="frame-actions">
      <div className="segmented" role="group" aria-label={t('frame.viewLabel')}>
        <button type="button" className="segmented__item" aria-pressed={view === 'chart'} onClick={() => setView('chart')} data-action="view-chart">
          {t('frame.chart')}
        </button>
        <button type="button" className="segmented__item" aria-pressed={view === 'table'} onClick={() => setView('table')} data-action="view-table">
          {t('frame.table')}
        </button>
      </div>
      <div className="export-buttons" role="group" aria-label={t('export.label', { title })}>
        {view === 'chart' && (
          <>
            <button type="button" className="button button--small button--ghost" onClick={() => void exportImage('png')} data-export="png" aria-label={t('export.pngLabel')}>
              PNG
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => void exportImage('svg')} data-export="svg" aria-label={t('export.svgLabel')}>
              SVG
            </button>
          </>
        )}
        <button type="button" className="button button--small button--ghost" onClick={() => exportTable('csv')} data-export="csv" aria-label={t('export.csvLabel')}>
          CSV
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => exportTable('xlsx')} data-export="xlsx" aria-label={t('export.xlsxLabel')}>
          Excel
        </button>
      </div>
    </div>
  );

  return (
    <Panel title={title} subtitle={subtitle} meta={unitText} actions={actions} className={['chart-frame', className].filter(Boolean).join(' ')} headingLevel={headingLevel}>
      <div data-panel={id} data-view={view}>
        {controls && <div className="frame-controls">{controls}</div>}
        {view === 'chart' ? (
          <div ref={chartRef} className="frame-chart">
            {children}
          </div>
        ) : (
          (tableView ?? <SortableTable model={table} />)
        )}
        {notes && <div className="frame-notes">{notes}</div>}
        <p className={`frame-message${message?.kind === 'error' ? ' frame-message--error' : ''}`} role="status" aria-live="polite">
          {message?.text ?? ''}
        </p>
      </div>
    </Panel>
  );
}

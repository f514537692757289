import { Suspense, useMemo } from 'react';
import { translate, useLanguage, useT, type MessageKey } from '../../../shared/i18n';
import { DataTable, Panel, StatusMessage } from '../../../shared/ui';
import { formatValue } from '../utils/format';
import {
  buildMetricRows,
  commonUnit,
  hasAnyValue,
  type CatalogueMetric,
  type MetricValueRow,
  type PanelId,
  type ReportSeries,
} from '../utils/overview-data';
import { toChartData, reportLabel } from '../utils/presentation';
import { LazyBarChart } from './LazyBarChart';

export interface MetricPanelProps {
  readonly id: PanelId;
  readonly metrics: readonly CatalogueMetric[];
  readonly rows: readonly MetricValueRow[];
  readonly reports: readonly ReportSeries[];
  readonly className?: string;
}

const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  count: 'unit.count',
  wan: 'unit.wan',
  percent: 'unit.percent',
  per100: 'unit.per100',
  per10k: 'unit.per10k',
};

/** One overview panel: a bar chart of the panel's metrics per report, and the same figures as a table. */
export function MetricPanel({ id, metrics, rows, reports, className }: MetricPanelProps) {
  const { lang } = useLanguage();
  const t = useT();
  const metricRows = useMemo(() => buildMetricRows(metrics, rows, reports, lang), [metrics, rows, reports, lang]);
  const unitCode = commonUnit(metrics);
  const unitKey = unitCode ? UNIT_KEYS[unitCode] : undefined;
  const unit = unitKey ? translate(lang, unitKey) : (unitCode ?? '');
  const title = t(`panel.${id}.title`);
  const series = reports.map((r) => ({ dataKey: r.dataKey, name: reportLabel(r, t) }));

  return (
    <Panel
      title={title}
      subtitle={t(`panel.${id}.subtitle`)}
      meta={unit ? t('panel.unit', { unit }) : undefined}
      className={className}
    >
      <div data-panel={id}>
        {hasAnyValue(metricRows) ? (
          <>
            <Suspense fallback={<div className="chart chart--placeholder">{t('panel.chartLoading')}</div>}>
              <LazyBarChart
                data={toChartData(metricRows)}
                series={series}
                formatValue={(v) => formatValue(v, unitCode ?? '', lang) ?? ''}
                ariaLabel={title}
              />
            </Suspense>
            <DataTable
              caption={t('table.caption', { title, unit })}
              headerLabel={t('table.metric')}
              columns={series.map((s) => ({ key: s.dataKey, label: s.name }))}
              rows={metricRows.map((row) => ({
                key: row.key,
                label: row.label,
                cells: reports.map((r) => formatValue(row.values[r.dataKey], row.unit, lang)),
              }))}
              missingText={t('table.missing')}
            />
          </>
        ) : (
          <StatusMessage kind="empty">{t('panel.empty')}</StatusMessage>
        )}
      </div>
    </Panel>
  );
}

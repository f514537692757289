import { metricLabel, type CatalogueMetric } from '../../../shared/api';
import { OUTCOME_COLORS, YearColumns, seriesColor } from '../../../shared/charts';
import { useFormat } from '../../../shared/format';
import { useT, useUnitName } from '../../../shared/i18n';
import { ChartFrame, StatusMessage, type TableModel } from '../../../shared/ui';
import { valueKey, type EntityValue } from '../../selection';
import { commonUnit, trendRows, type TrendId } from '../overview-data';

export interface TrendPanelProps {
  readonly id: TrendId;
  readonly metrics: readonly CatalogueMetric[];
  readonly stacked: boolean;
  readonly totals: ReadonlyMap<string, EntityValue>;
  readonly entityKey: string;
  readonly years: readonly number[];
  readonly subtitle: string;
}

/** A section's totals for the scope over the years, with the coverage of each year in the table. */
export function TrendPanel({ id, metrics, stacked, totals, entityKey, years, subtitle }: TrendPanelProps) {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const unit = commonUnit(metrics) ?? 'count';
  const title = t(`overview.trend.${id}`);
  const data = trendRows(metrics, totals, entityKey, years);
  const series = metrics.map((m, i) => ({ dataKey: m.key, name: metricLabel(m, f.lang), color: OUTCOME_COLORS[m.key] ?? seriesColor(i) }));
  const coverage = (year: number) => totals.get(valueKey(entityKey, metrics[0]?.key ?? '', year));

  const table: TableModel = {
    title: `${title} · ${subtitle}`,
    columns: [
      { key: 'year', label: t('table.year'), kind: 'text' },
      ...series.map((s) => ({ key: s.dataKey, label: t('table.withUnit', { label: s.name, unit: unitName(unit) }), kind: 'number' as const, format: (v: number) => f.value(v, unit) })),
      { key: 'coverage', label: t('table.coverage'), kind: 'number', format: (v) => f.share(v), missingText: '—' },
      { key: 'present', label: t('table.reportsPresent'), kind: 'number', format: (v) => f.count(v) },
    ],
    rows: data.map((row) => {
      const c = coverage(Number(row.label));
      return { key: row.label, cells: [row.label, ...series.map((s) => (row[s.dataKey] as number | null) ?? null), c?.coverage ?? null, c?.reportsPresent ?? null] };
    }),
  };
  const hasValues = data.some((row) => series.some((s) => typeof row[s.dataKey] === 'number'));

  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      unit={unitName(unit)}
      legend={series.length > 1 ? series.map((s) => ({ label: s.name, color: s.color })) : undefined}
      table={table}
      headingLevel={3}
      notes={<p>{t('overview.trendNote')}</p>}
    >
      {hasValues ? (
        <YearColumns
          labels={data.map((row) => row.label)}
          series={series.map((s) => ({ key: s.dataKey, name: s.name, color: s.color }))}
          value={(i, key) => (data[i]?.[key] as number | null | undefined) ?? null}
          stacked={stacked}
          showLabels={!stacked}
          formatValue={(v) => f.value(v, unit) ?? ''}
          formatTick={f.compact}
          ariaLabel={`${title}: ${subtitle}`}
        />
      ) : (
        <StatusMessage kind="empty">{t('panel.empty')}</StatusMessage>
      )}
    </ChartFrame>
  );
}

import { useMemo } from 'react';
import { type CatalogueMetric } from '../../../shared/api';
import { ACCENT, GroupedBars, PREVIOUS_COLOR } from '../../../shared/charts';
import { useFormat } from '../../../shared/format';
import { useT, useUnitName } from '../../../shared/i18n';
import { ChartFrame, StatusMessage, type TableModel } from '../../../shared/ui';
import { valueKey, type EntityValue } from '../../selection';
import { commonUnit, hasAnyValue, panelMetrics, yearKey, yearPanelRows, type PanelId } from '../overview-data';

export interface YearPanelProps {
  readonly id: PanelId;
  readonly catalogue: readonly CatalogueMetric[];
  readonly totals: ReadonlyMap<string, EntityValue>;
  readonly entityKey: string;
  readonly year: number;
  /** Years the scope has rows for. */
  readonly years: readonly number[];
  readonly subtitle: string;
  readonly className?: string;
}

/** One section of the report for the scope: the year's totals beside the previous year's, as bars and a table. */
export function YearPanel({ id, catalogue, totals, entityKey, year, years, subtitle, className }: YearPanelProps) {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const metrics = useMemo(() => panelMetrics(catalogue, id), [catalogue, id]);
  const shown = [year, year - 1].filter((y) => years.includes(y));
  const rows = yearPanelRows(metrics, totals, entityKey, shown, f.lang);
  const unit = commonUnit(metrics);
  const title = t(`panel.${id}.title`);
  const series = shown.map((y, i) => ({ dataKey: yearKey(y), name: t('year.label', { year: y }), color: i === 0 ? ACCENT : PREVIOUS_COLOR }));

  const table: TableModel = {
    title: `${title} · ${subtitle}`,
    columns: [
      { key: 'metric', label: t('table.metric'), kind: 'text' },
      ...series.map((s) => ({ key: s.dataKey, label: unit ? t('table.withUnit', { label: s.name, unit: unitName(unit) }) : s.name, kind: 'number' as const, format: (v: number) => f.value(v, unit ?? 'count') })),
    ],
    rows: rows.map((row) => ({ key: row.key, cells: [row.label, ...series.map((s) => row.values[s.dataKey] ?? null)] })),
  };
  const coverage = totals.get(valueKey(entityKey, metrics[0]?.key ?? '', year));

  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      unit={unit ? unitName(unit) : null}
      legend={series.map((s) => ({ label: s.name, color: s.color }))}
      table={table}
      className={className}
      notes={
        coverage && coverage.reportsPresent !== null ? (
          <p>{t('overview.panelCoverage', { year, present: f.count(coverage.reportsPresent) ?? '0', expected: f.count(coverage.countiesExpected) ?? '0' })}</p>
        ) : null
      }
    >
      {hasAnyValue(rows) ? (
        <GroupedBars
          categories={rows.map((row) => ({ key: row.key, label: row.label }))}
          series={series.map((s) => ({ key: s.dataKey, name: s.name, color: s.color }))}
          value={(category, s) => rows.find((row) => row.key === category)?.values[s] ?? null}
          formatValue={(v) => f.value(v, unit ?? 'count') ?? ''}
          ariaLabel={`${title}: ${subtitle}`}
        />
      ) : (
        <StatusMessage kind="empty">{t('panel.empty')}</StatusMessage>
      )}
    </ChartFrame>
  );
}

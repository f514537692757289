import { useMemo } from 'react';
import { metricLabel, type Catalogue, type ScopeInfo } from '../../../shared/api';
import { RankChart } from '../../../shared/charts';
import { useFormat } from '../../../shared/format';
import { localeOf, useT, useUnitName } from '../../../shared/i18n';
import { buildHref, useLocation } from '../../../shared/router';
import { ChartFrame, QueryStatus, Select, StatusMessage, type TableModel } from '../../../shared/ui';
import { metricOptions } from '../../../shared/ui/metric-options';
import { useSelectionValues } from '../../selection';
import { rankItems } from '../overview-data';

export interface BreakdownPanelProps {
  readonly catalogue: Catalogue;
  readonly scope: ScopeInfo;
  readonly metric: string;
  readonly year: number;
  readonly onMetricChange: (metric: string) => void;
  readonly subtitle: string;
}

/** The chosen metric for each region one level below the scope, largest first, with coverage. */
export function BreakdownPanel({ catalogue, scope, metric, year, onMetricChange, subtitle }: BreakdownPanelProps) {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const location = useLocation();
  const selection = useMemo(() => ({ scope: scope.region?.code ?? null, by: 'children' as const, issuers: [] }), [scope.region?.code]);
  const metrics = useMemo(() => [metric], [metric]);
  const years = useMemo(() => [year], [year]);
  const { values, source, loading, error, retry } = useSelectionValues(selection, metrics, years);
  const m = catalogue.byKey.get(metric)!;
  const label = metricLabel(m, f.lang);
  const level = source?.kind === 'rollup' ? source.level : 'county';
  const title = t(`overview.breakdown.${level}`, { metric: label });
  const { items, missing } = useMemo(
    () => (values ? rankItems(values, metric, year, localeOf(f.lang)) : { items: [], missing: [] }),
    [values, metric, year, f.lang],
  );
  const rows = values?.filter((v) => v.metric === metric && v.year === year) ?? [];
  const isRollup = source?.kind === 'rollup';

  const table: TableModel = {
    title: `${title} · ${subtitle}`,
    columns: [
      { key: 'name', label: t(isRollup ? 'table.region' : 'table.issuer'), kind: 'text' },
      { key: 'value', label: t('table.withUnit', { label: label, unit: unitName(m.unit) }), kind: 'number', format: (v) => f.value(v, m.unit) },
      ...(isRollup
        ? [
            { key: 'coverage', label: t('table.coverage'), kind: 'number' as const, format: (v: number) => f.share(v), missingText: '—' },
            { key: 'present', label: t('table.reportsPresent'), kind: 'number' as const, format: (v: number) => f.count(v) },
            { key: 'expected', label: t('table.countiesExpected'), kind: 'number' as const, format: (v: number) => f.count(v) },
          ]
        : [
            { key: 'previous', label: t('table.previousValue'), kind: 'number' as const, format: (v: number) => f.value(v, m.unit), missingText: '—' },
            { key: 'change', label: t('table.change'), kind: 'number' as const, format: (v: number) => f.change(v), missingText: '—' },
          ]),
    ],
    rows: [...items.flatMap((i) => rows.filter((r) => r.entityKey === i.key)), ...missing].map((r) => ({
      key: r.entityKey,
      href: isRollup
        ? buildHref('/', { scope: r.regionCode, year, metric }, location.search)
        : r.reportId
          ? buildHref(`/reports/${r.reportId}`, {}, location.search)
          : undefined,
      cells: isRollup
        ? [r.entityName, r.value, r.coverage, r.reportsPresent, r.countiesExpected]
        : [r.entityName, r.value, r.previousValue, r.change],
    })),
  };

  return (
    <ChartFrame
      id="breakdown"
      title={title}
      subtitle={subtitle}
      unit={unitName(m.unit)}
      table={table}
      controls={
        <Select<string>
          label={t('metric.select')}
          value={metric}
          options={metricOptions(catalogue.metrics, f.lang, t)}
          onChange={onMetricChange}
          testId="breakdown-metric"
        />
      }
      notes={
        missing.length > 0 && (
          <details className="missing-list">
            <summary>{t('overview.breakdown.missing', { count: missing.length })}</summary>
            <p>{missing.map((v) => v.entityName).join(t('list.separator'))}</p>
          </details>
        )
      }
    >
      <QueryStatus loading={loading} error={error} retry={retry}>
        {items.length > 0 ? (
          <RankChart items={items} formatValue={(v) => f.value(v, m.unit) ?? ''} formatTick={f.compact} ariaLabel={`${title}: ${subtitle}`} />
        ) : (
          <StatusMessage kind="empty">{t('overview.breakdown.empty')}</StatusMessage>
        )}
      </QueryStatus>
    </ChartFrame>
  );
}

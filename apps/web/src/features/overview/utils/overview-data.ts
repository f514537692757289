import type { OverviewCompareQuery, OverviewMetricsQuery } from '../../../generated/graphql';
import type { Lang } from '../../../shared/i18n';

export type CatalogueMetric = OverviewMetricsQuery['metrics'][number];
export type MetricValueRow = OverviewCompareQuery['compare'][number];

export type PanelId = 'requests' | 'enforcement' | 'fees';

/**
 * Which catalogue entries each panel shows: explicit keys first, then whole catalogue groups,
 * in catalogue order. Only keys and group names live here; labels and units come from the API.
 */
export interface PanelSpec {
  readonly id: PanelId;
  readonly keys?: readonly string[];
  readonly groups?: readonly string[];
}

export const OVERVIEW_PANELS: readonly PanelSpec[] = [
  { id: 'requests', keys: ['requestsReceived'], groups: ['outcomes'] },
  { id: 'enforcement', groups: ['enforcement'] },
  { id: 'fees', groups: ['fees'] },
];

export function selectPanelMetrics(catalogue: readonly CatalogueMetric[], spec: PanelSpec): CatalogueMetric[] {
  const byKey = new Map(catalogue.map((m) => [m.key, m]));
  const explicit = (spec.keys ?? []).flatMap((key) => byKey.get(key) ?? []);
  const seen = new Set(explicit.map((m) => m.key));
  const grouped = catalogue.filter((m) => !seen.has(m.key) && (spec.groups ?? []).includes(m.group));
  return [...explicit, ...grouped];
}

/** Every metric key the overview asks `compare` for, without duplicates. */
export function overviewMetricKeys(catalogue: readonly CatalogueMetric[], panels = OVERVIEW_PANELS): string[] {
  return [...new Set(panels.flatMap((p) => selectPanelMetrics(catalogue, p).map((m) => m.key)))];
}

export function metricLabel(metric: Pick<CatalogueMetric, 'labelZh' | 'labelEn'>, lang: Lang): string {
  return lang === 'en' ? metric.labelEn : metric.labelZh;
}

/** One report (issuer × year) present in the compare result; a chart series / table column. */
export interface ReportSeries {
  readonly reportId: number;
  readonly issuerName: string;
  readonly year: number;
  /** Data key of the series in chart rows. */
  readonly dataKey: string;
}

/** Distinct reports of the result, newest year first, then by issuer name. */
export function listReports(rows: readonly MetricValueRow[]): ReportSeries[] {
  const byId = new Map<number, ReportSeries>();
  for (const row of rows) {
    if (!byId.has(row.reportId)) {
      byId.set(row.reportId, {
        reportId: row.reportId,
        issuerName: row.issuerName,
        year: row.year,
        dataKey: `report${row.reportId}`,
      });
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.year - a.year || a.issuerName.localeCompare(b.issuerName, 'zh-CN') || a.reportId - b.reportId,
  );
}

/** A chart row / table row: one metric, with one value per report series (null = not reported). */
export interface MetricRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export function buildMetricRows(
  metrics: readonly CatalogueMetric[],
  rows: readonly MetricValueRow[],
  reports: readonly ReportSeries[],
  lang: Lang,
): MetricRow[] {
  const value = new Map(rows.map((r) => [`${r.metric}|${r.reportId}`, r.value]));
  return metrics.map((metric) => ({
    key: metric.key,
    label: metricLabel(metric, lang),
    unit: metric.unit,
    values: Object.fromEntries(reports.map((r) => [r.dataKey, value.get(`${metric.key}|${r.reportId}`) ?? null])),
  }));
}

export function hasAnyValue(rows: readonly MetricRow[]): boolean {
  return rows.some((row) => Object.values(row.values).some((v) => v !== null));
}

/** A panel's unit when all its metrics share one, else null. */
export function commonUnit(metrics: readonly Pick<CatalogueMetric, 'unit'>[]): string | null {
  const [first, ...rest] = metrics;
  return first && rest.every((m) => m.unit === first.unit) ? first.unit : null;
}

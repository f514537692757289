import { metricLabel, type CatalogueMetric } from '../../shared/api';
import type { RankItem } from '../../shared/charts';
import type { Lang } from '../../shared/i18n';
import { valueKey, type EntityValue } from '../selection/selection';

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

/** The figures of the "this year" panels (the outcome panel keeps the three classic outcomes). */
export const YEAR_PANEL_KEYS: Readonly<Record<PanelId, readonly string[] | null>> = {
  requests: ['requestsReceived', 'outcomeGranted', 'outcomePartiallyGranted', 'outcomeDenied'],
  enforcement: null,
  fees: null,
};

/** Headline cards, in order. */
export const HEADLINE_KEYS = ['requestsReceived', 'grantRate', 'licensingDecisions', 'punishmentDecisions', 'coercionDecisions', 'feesWan'] as const;

/** Charts over the years: request volume, outcomes (stacked), enforcement, fees. */
export type TrendId = 'volume' | 'outcomes' | 'enforcementTrend' | 'feesTrend';
export const TREND_SPECS: readonly { readonly id: TrendId; readonly keys?: readonly string[]; readonly groups?: readonly string[]; readonly stacked: boolean }[] = [
  { id: 'volume', keys: ['requestsReceived'], stacked: false },
  { id: 'outcomes', groups: ['outcomes'], stacked: true },
  { id: 'enforcementTrend', groups: ['enforcement'], stacked: false },
  { id: 'feesTrend', groups: ['fees'], stacked: false },
];

export function selectMetrics(
  catalogue: readonly CatalogueMetric[],
  spec: { readonly keys?: readonly string[]; readonly groups?: readonly string[] },
): CatalogueMetric[] {
  const byKey = new Map(catalogue.map((m) => [m.key, m]));
  const explicit = (spec.keys ?? []).flatMap((key) => byKey.get(key) ?? []);
  const seen = new Set(explicit.map((m) => m.key));
  const grouped = catalogue.filter((m) => !seen.has(m.key) && (spec.groups ?? []).includes(m.group));
  return [...explicit, ...grouped];
}

export function panelMetrics(catalogue: readonly CatalogueMetric[], id: PanelId): CatalogueMetric[] {
  const keys = YEAR_PANEL_KEYS[id];
  const spec = OVERVIEW_PANELS.find((p) => p.id === id) ?? { id };
  return keys ? selectMetrics(catalogue, { keys }) : selectMetrics(catalogue, spec);
}

/** Every metric the overview needs from `rollup`, once each, in catalogue order of first use. */
export function overviewMetricKeys(catalogue: readonly CatalogueMetric[]): string[] {
  const keys = [
    ...HEADLINE_KEYS,
    ...OVERVIEW_PANELS.flatMap((p) => panelMetrics(catalogue, p.id).map((m) => m.key)),
    ...TREND_SPECS.flatMap((s) => selectMetrics(catalogue, s).map((m) => m.key)),
  ];
  const known = new Set(catalogue.map((m) => m.key));
  return [...new Set(keys)].filter((k) => known.has(k));
}

/** A panel row: one metric, one value per year shown (null = not reported). */
export interface MetricRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export const yearKey = (year: number) => `y${year}`;

/**
 * Rows of a "this year" panel: each metric's total for the scope in each of the given years
 * (the selected year and the one before), straight from the rollup rows.
 */
export function yearPanelRows(
  metrics: readonly CatalogueMetric[],
  totals: ReadonlyMap<string, EntityValue>,
  entityKey: string,
  years: readonly number[],
  lang: Lang,
): MetricRow[] {
  return metrics.map((metric) => ({
    key: metric.key,
    label: metricLabel(metric, lang),
    unit: metric.unit,
    values: Object.fromEntries(years.map((y) => [yearKey(y), totals.get(valueKey(entityKey, metric.key, y))?.value ?? null])),
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

/** Chart rows over the years: { label: '2023', [metric]: value }. */
export function trendRows(
  metrics: readonly CatalogueMetric[],
  totals: ReadonlyMap<string, EntityValue>,
  entityKey: string,
  years: readonly number[],
): { label: string; [metric: string]: string | number | null }[] {
  return years.map((year) => {
    const row: { label: string; [metric: string]: string | number | null } = { label: String(year) };
    for (const m of metrics) row[m.key] = totals.get(valueKey(entityKey, m.key, year))?.value ?? null;
    return row;
  });
}

/**
 * The bars of a breakdown: entities with a value for the metric and year, largest first (ties
 * by name); those without a value are returned apart so the chart never draws a blank as 0.
 */
export function rankItems(
  values: readonly EntityValue[],
  metric: string,
  year: number,
  collatorLocale: string,
  highlight: ReadonlySet<string> = new Set(),
): { items: RankItem[]; missing: EntityValue[] } {
  const collator = new Intl.Collator(collatorLocale);
  const rows = values.filter((v) => v.metric === metric && v.year === year);
  const items = rows
    .filter((v): v is EntityValue & { value: number } => v.value !== null)
    .sort((a, b) => b.value - a.value || collator.compare(a.entityName, b.entityName))
    .map((v) => ({ key: v.entityKey, label: v.entityName, value: v.value, highlight: highlight.has(v.entityKey) }));
  const missing = rows.filter((v) => v.value === null).sort((a, b) => collator.compare(a.entityName, b.entityName));
  return { items, missing };
}

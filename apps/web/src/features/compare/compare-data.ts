import { metricLabel, type CatalogueMetric } from '../../shared/api';
import type { MultipleSeries } from '../../shared/charts';
import type { Lang } from '../../shared/i18n';
import type { SortState } from '../../shared/ui';
import { listEntities, valueKey, type EntityValue } from '../selection';

export const DEFAULT_METRICS = ['requestsReceived', 'grantRate'] as const;
/** Small multiples are for reading shapes, not for thousands of panels. */
export const MULTIPLES_LIMIT = 12;

/** `2:desc` ⇄ { column: 2, direction: 'desc' }. */
export function readSort(text: string | null): SortState | null {
  const match = text?.match(/^(\d+):(asc|desc)$/);
  return match ? { column: Number(match[1]), direction: match[2] as 'asc' | 'desc' } : null;
}

export function writeSort(sort: SortState | null): string | null {
  return sort ? `${sort.column}:${sort.direction}` : null;
}

/** The entities with the largest values of the metric in the year (ties by name), at most `limit`. */
export function topEntities(values: readonly EntityValue[], metric: string, year: number, limit: number, locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return values
    .filter((v): v is EntityValue & { value: number } => v.metric === metric && v.year === year && v.value !== null)
    .sort((a, b) => b.value - a.value || collator.compare(a.entityName, b.entityName))
    .slice(0, limit)
    .map((v) => v.entityKey);
}

/** One series per entity over the years, in the given order, for small multiples. */
export function multiplesSeries(values: readonly EntityValue[], entityKeys: readonly string[], metric: string, years: readonly number[]): MultipleSeries[] {
  const index = new Map(values.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  const names = new Map(listEntities(values).map((e) => [e.key, e.name]));
  return entityKeys.flatMap((key) => {
    const label = names.get(key);
    return label === undefined ? [] : [{ key, label, values: years.map((y) => index.get(valueKey(key, metric, y))?.value ?? null) }];
  });
}

export interface CompareColumn {
  readonly metric: CatalogueMetric;
  readonly label: string;
}

/**
 * The comparison table: one row per entity with a report (or rollup row) in the year, one value
 * column per metric, plus the API's year-on-year change for issuer rows.
 */
export function compareTableRows(
  values: readonly EntityValue[],
  metrics: readonly CatalogueMetric[],
  year: number,
  withChange: boolean,
): { key: string; name: string; reportId: number | null; regionCode: string | null; cells: (number | null)[] }[] {
  const rows = values.filter((v) => v.year === year);
  const index = new Map(rows.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  return listEntities(rows).map((entity) => {
    const cells: (number | null)[] = [];
    let reportId: number | null = null;
    for (const m of metrics) {
      const v = index.get(valueKey(entity.key, m.key, year));
      reportId ??= v?.reportId ?? null;
      cells.push(v?.value ?? null);
      if (withChange) cells.push(v?.change ?? null);
    }
    return { key: entity.key, name: entity.name, reportId, regionCode: entity.regionCode, cells };
  });
}

export function metricColumns(catalogue: ReadonlyMap<string, CatalogueMetric>, keys: readonly string[], lang: Lang): CompareColumn[] {
  return keys.flatMap((k) => {
    const metric = catalogue.get(k);
    return metric ? [{ metric, label: metricLabel(metric, lang) }] : [];
  });
}

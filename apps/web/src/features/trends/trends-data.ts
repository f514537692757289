import type { RegionLevel } from '../../generated/graphql';
import type { ChartDatum } from '../../shared/charts';
import { valueKey, type EntityValue } from '../selection';

export const MAX_REGIONS = 12;

/**
 * The level of a GB/T 2260 code from its structure: xx0000 a province, xxyy00 a prefecture,
 * anything else a county-level unit (municipal districts such as 110101 included).
 */
export function levelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** Chart rows over the years: { label: '2023', [regionCode]: value }. */
export function trendChartRows(values: readonly EntityValue[], entityKeys: readonly string[], metric: string, years: readonly number[]): ChartDatum[] {
  const index = new Map(values.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  return years.map((year) => {
    const row: { label: string; [key: string]: string | number | null } = { label: String(year) };
    for (const key of entityKeys) row[key] = index.get(valueKey(key, metric, year))?.value ?? null;
    return row;
  });
}

/** Year-on-year change rows (the API's ratio; none for region sums). */
export function changeChartRows(values: readonly EntityValue[], entityKeys: readonly string[], metric: string, years: readonly number[]): ChartDatum[] {
  const index = new Map(values.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  return years.map((year) => {
    const row: { label: string; [key: string]: string | number | null } = { label: String(year) };
    for (const key of entityKeys) {
      const change = index.get(valueKey(key, metric, year))?.change;
      row[key] = change === null || change === undefined ? null : change * 100;
    }
    return row;
  });
}

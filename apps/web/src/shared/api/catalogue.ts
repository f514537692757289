import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { CatalogueQuery as CatalogueQueryResult } from '../../generated/graphql';
import type { Lang } from '../i18n';
import { CatalogueDocument as CatalogueQuery } from '../../generated/graphql';

export type CatalogueMetric = CatalogueQueryResult['metrics'][number];

export function metricLabel(metric: Pick<CatalogueMetric, 'labelZh' | 'labelEn'>, lang: Lang): string {
  return lang === 'en' ? metric.labelEn : metric.labelZh;
}

export interface Catalogue {
  readonly metrics: readonly CatalogueMetric[];
  readonly byKey: ReadonlyMap<string, CatalogueMetric>;
}

export function toCatalogue(metrics: readonly CatalogueMetric[]): Catalogue {
  return { metrics, byKey: new Map(metrics.map((m) => [m.key, m])) };
}

/** Keys that exist in the catalogue, in the given order, without duplicates. */
export function knownKeys(catalogue: Catalogue, keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((k) => catalogue.byKey.has(k));
}

export function useCatalogue() {
  const result = useQuery(CatalogueQuery);
  const catalogue = useMemo(() => (result.data ? toCatalogue(result.data.metrics) : null), [result.data]);
  return { catalogue, loading: result.loading && !catalogue, error: result.error, refetch: result.refetch };
}

export { CatalogueQuery };

import { skipToken, useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { useMemo } from 'react';
import { OverviewCompareQuery, OverviewMetricsQuery } from '../graphql/overview.queries';
import { overviewMetricKeys, type CatalogueMetric, type MetricValueRow } from '../utils/overview-data';

export type OverviewData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ErrorLike; readonly retry: () => void }
  | { readonly status: 'ready'; readonly catalogue: readonly CatalogueMetric[]; readonly rows: readonly MetricValueRow[] };

/** The catalogue first (it names the metrics), then their values for every report. */
export function useOverviewData(): OverviewData {
  const catalogueResult = useQuery(OverviewMetricsQuery);
  const catalogue = catalogueResult.data?.metrics;
  const keys = useMemo(() => (catalogue ? overviewMetricKeys(catalogue) : []), [catalogue]);

  const valuesResult = useQuery(OverviewCompareQuery, keys.length > 0 ? { variables: { metrics: keys } } : skipToken);

  const error = catalogueResult.error ?? valuesResult.error;
  if (error) {
    return {
      status: 'error',
      error,
      retry: () => {
        void (catalogueResult.error ? catalogueResult.refetch() : valuesResult.refetch()).catch(() => undefined);
      },
    };
  }
  if (catalogue && keys.length === 0) return { status: 'ready', catalogue, rows: [] };
  const rows = valuesResult.data?.compare;
  if (!catalogue || !rows) return { status: 'loading' };
  return { status: 'ready', catalogue, rows };
}

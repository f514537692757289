import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useParallelQueries, useScope, type ScopeInfo } from '../../shared/api';
import { SelectionCompareDocument, SelectionRollupDocument } from './selection.queries';
import { fromCompare, fromRollup, planSource, type EntityValue, type Selection, type ValueSource } from './selection';

export interface SelectionValues {
  readonly scope: ScopeInfo | null;
  readonly source: ValueSource | null;
  readonly values: readonly EntityValue[] | null;
  readonly loading: boolean;
  readonly error: Error | null;
  readonly retry: () => void;
}

/**
 * The values of the selected entities for some metrics and years (years null = every year), from
 * `rollup` (one query per metric) or `compare` (one query), depending on the selection.
 */
export function useSelectionValues(selection: Selection, metrics: readonly string[], years: readonly number[] | null, enabled = true): SelectionValues {
  const scopeResult = useScope(selection.by === 'issuers' ? null : selection.scope);
  const source = enabled && metrics.length ? planSource(selection, scopeResult.scope) : null;

  const sourceKey = JSON.stringify(source);
  const rollupVariables = useMemo(() => {
    const planned = JSON.parse(sourceKey) as ValueSource | null;
    return planned?.kind === 'rollup'
      ? metrics.map((metric) => ({ metric, level: planned.level, regionCode: planned.regionCode, years: years ? [...years] : null }))
      : null;
  }, [sourceKey, metrics, years]);
  const rollups = useParallelQueries(SelectionRollupDocument, rollupVariables);

  const compareVariables =
    source?.kind === 'compare'
      ? { metrics: [...metrics], regionCode: source.regionCode, level: 'county' as const, issuerKind: 'government' as const, years: years ? [...years] : null }
      : source?.kind === 'issuers'
        ? { metrics: [...metrics], issuerIds: [...source.issuerIds], years: years ? [...years] : null }
        : null;
  const compare = useQuery(SelectionCompareDocument, compareVariables ? { variables: compareVariables } : skipToken);

  const values = useMemo(() => {
    if (source?.kind === 'rollup') return rollups.data ? rollups.data.flatMap((d) => fromRollup(d.rollup)) : null;
    if (source) return compare.data ? fromCompare(compare.data.compare) : null;
    return null;
  }, [source, rollups.data, compare.data]);

  const error = scopeResult.error ?? (source?.kind === 'rollup' ? rollups.error : source ? compare.error : null) ?? null;
  return {
    scope: scopeResult.scope,
    source,
    values,
    loading: !error && (scopeResult.loading || (source !== null && values === null)),
    error,
    retry: () => {
      if (scopeResult.error) void scopeResult.refetch();
      else if (source?.kind === 'rollup') rollups.retry();
      else void compare.refetch().catch(() => undefined);
    },
  };
}

import { skipToken, useQuery } from '@apollo/client/react';
import type { ScopeInfo } from '../../shared/api';
import { ReportYearsDocument } from './selection.queries';
import { defaultYear } from './selection';

/**
 * Years with county government reports under the scope (newest first) and the default year.
 * Read from `rollup` of the catalogue's first metric: it counts reports, whatever the metric.
 */
export function useReportYears(scope: ScopeInfo | null, metric: string | null, skip = false) {
  const region = scope?.region ?? null;
  const variables =
    !scope || !metric || skip
      ? null
      : !region
        ? { metric, level: 'province' as const, regionCode: null }
        : region.level === 'province'
          ? { metric, level: 'province' as const, regionCode: region.code }
          : { metric, level: 'prefecture' as const, regionCode: region.level === 'prefecture' ? region.code : region.parentCode };
  const result = useQuery(ReportYearsDocument, variables ? { variables } : skipToken);
  const rows = result.data?.rollup ?? null;
  const withReports = rows ? [...new Set(rows.filter((r) => r.reportsPresent > 0).map((r) => r.year))] : [];
  const years = (withReports.length ? withReports : [...new Set((rows ?? []).map((r) => r.year))]).sort((a, b) => b - a);
  return {
    years,
    latest: rows ? defaultYear(rows) : null,
    loading: variables !== null && !rows && !result.error,
    error: result.error ?? null,
  };
}

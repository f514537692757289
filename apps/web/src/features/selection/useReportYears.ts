import { skipToken, useQuery } from '@apollo/client/react';
import type { ScopeInfo } from '../../shared/api';
import { ReportYearsDocument } from './selection.queries';
import { offeredYears } from './selection';

/**
 * Years with county government reports under the scope (newest first) and the default year; a
 * county offers its prefecture's years.
 */
export function useReportYears(scope: ScopeInfo | null, skip = false) {
  const region = scope?.region ?? null;
  const variables = !scope || skip ? null : { regionCode: !region ? null : region.level === 'county' ? region.parentCode : region.code };
  const result = useQuery(ReportYearsDocument, variables ? { variables } : skipToken);
  const rows = result.data?.reportYears ?? null;
  const { years, latest } = offeredYears(rows ?? []);
  return {
    years,
    latest,
    loading: variables !== null && !rows && !result.error,
    error: result.error ?? null,
  };
}

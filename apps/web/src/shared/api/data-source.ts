import { useQuery } from '@apollo/client/react';
import { SyntheticReportCountDocument } from '../../generated/graphql';
import { useT } from '../i18n';

/**
 * Where the figures on screen come from, as written under charts and into exports: when the
 * database holds generated demo reports, that is said everywhere the figures go.
 */
export function useDataSource(): { readonly syntheticReports: number; readonly source: string } {
  const t = useT();
  const { data, previousData } = useQuery(SyntheticReportCountDocument, { fetchPolicy: 'cache-first' });
  const syntheticReports = (data ?? previousData)?.syntheticReportCount ?? 0;
  const source = syntheticReports > 0 ? `${t('export.source')}${t('export.sourceSynthetic', { count: syntheticReports })}` : t('export.source');
  return { syntheticReports, source };
}

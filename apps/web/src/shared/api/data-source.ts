import { useQuery } from '@apollo/client/react';
import { SyntheticReportCountDocument } from '../../generated/graphql';
import { useT } from '../i18n';

export interface DataSource {
  /** Current reports that are generated demo data. */
  readonly syntheticReports: number;
  /** The source line written under charts and into exports. */
  readonly source: string;
  /** An export's file name, marked when the figures include synthetic ones. */
  exportName(name: string): string;
}

/**
 * Where the figures on screen come from, as written under charts, into exports and into their
 * file names: when the database holds generated demo reports, that is said everywhere the
 * figures go (a CSV holds data only, so its name says it).
 */
export function useDataSource(): DataSource {
  const t = useT();
  const { data, previousData } = useQuery(SyntheticReportCountDocument, { fetchPolicy: 'cache-first' });
  const syntheticReports = (data ?? previousData)?.syntheticReportCount ?? 0;
  const source = syntheticReports > 0 ? `${t('export.source')}${t('export.sourceSynthetic', { count: syntheticReports })}` : t('export.source');
  const prefix = syntheticReports > 0 ? t('export.syntheticFilePrefix') : '';
  return { syntheticReports, source, exportName: (name) => `${prefix}${name}` };
}

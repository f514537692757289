import { skipToken, useQuery } from '@apollo/client/react';
import { SearchRegionsDocument } from '../api/regions';
import type { RegionLevel } from '../../generated/graphql';
import { useT } from '../i18n';
import { SearchCombobox } from '../ui/SearchCombobox';

interface FoundRegion {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly path: string;
}

export interface RegionSearchProps {
  readonly label: string;
  readonly placeholder?: string;
  readonly onPick: (region: FoundRegion) => void;
  /** Only these levels are offered (e.g. counties for the benchmark). */
  readonly levels?: readonly RegionLevel[];
  readonly testId?: string;
}

/** Type part of a name (桓仁, 本溪), pick from the ranked matches with mouse or arrow keys + Enter. */
export function RegionSearch({ label, placeholder, onPick, levels, testId }: RegionSearchProps) {
  const t = useT();
  const useResults = (query: string) => {
    const result = useQuery(SearchRegionsDocument, query ? { variables: { query, limit: 12 } } : skipToken);
    const items: FoundRegion[] = (result.data?.searchRegions ?? []).filter((r) => !levels || levels.includes(r.level));
    return { items, loading: result.loading, ...(result.error ? { error: result.error } : {}) };
  };
  return (
    <SearchCombobox
      label={label}
      placeholder={placeholder ?? t('region.searchPlaceholder')}
      noMatch={t('region.noMatch')}
      useResults={useResults}
      option={(region) => ({ key: region.code, name: region.name, detail: region.path, data: { 'data-code': region.code } })}
      onPick={onPick}
      {...(testId ? { testId } : {})}
    />
  );
}

import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import type { RegionScopeQuery, RegionLevel } from '../../generated/graphql';
import { RegionScopeDocument, ProvincesDocument, SearchRegionsDocument } from '../../generated/graphql';

export type ScopeRegion = NonNullable<RegionScopeQuery['region']>;

export interface RegionRef {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
}

export interface ScopeInfo {
  /** null for the whole country. */
  readonly region: ScopeRegion | null;
  /** Nation → province → … → the region itself. */
  readonly ancestors: readonly RegionRef[];
  readonly children: readonly (RegionRef & { readonly childCount: number })[];
}

/** Ancestors from the top down (the nested parent fields of the query). */
export function ancestorsOf(region: ScopeRegion): RegionRef[] {
  const chain: RegionRef[] = [];
  let parent = region.parent;
  while (parent) {
    chain.unshift({ code: parent.code, name: parent.name, level: parent.level });
    parent = 'parent' in parent ? (parent.parent as typeof parent | null | undefined) ?? null : null;
  }
  return chain;
}

/** The scope's region, its ancestors and children; the provinces for the nation (code null). */
export function useScope(code: string | null) {
  const regionResult = useQuery(RegionScopeDocument, code ? { variables: { code } } : skipToken);
  const provincesResult = useQuery(ProvincesDocument, code ? skipToken : {});
  const error = code ? regionResult.error : provincesResult.error;
  let scope: ScopeInfo | null = null;
  let notFound = false;
  if (code) {
    const region = regionResult.data?.region;
    if (region) scope = { region, ancestors: ancestorsOf(region), children: region.children };
    else if (regionResult.data && region === null) notFound = true;
  } else if (provincesResult.data) {
    scope = { region: null, ancestors: [], children: provincesResult.data.regions };
  }
  return {
    scope,
    notFound,
    loading: !scope && !error && !notFound,
    error,
    refetch: () => (code ? regionResult.refetch() : provincesResult.refetch()),
  };
}

export { RegionScopeDocument, ProvincesDocument, SearchRegionsDocument };

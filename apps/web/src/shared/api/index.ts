export { CatalogueQuery, knownKeys, metricLabel, toCatalogue, useCatalogue, type Catalogue, type CatalogueMetric } from './catalogue';
export { ProvincesDocument, RegionScopeDocument, SearchRegionsDocument, ancestorsOf, useScope, type RegionRef, type ScopeInfo, type ScopeRegion } from './regions';
export { useParallelQueries, type ParallelResult } from './useParallelQueries';
export { useDataSource } from './data-source';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin /graphql: served by the API in production, proxied by Vite in development. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Catalogue entries are identified by their key, regions by their code.
        Metric: { keyFields: ['key'] },
        Region: { keyFields: ['code'] },
        // Analytics rows belong to the query that produced them: no identity of their own.
        MetricValue: { keyFields: false },
        RollupRow: { keyFields: false },
        Benchmark: { keyFields: false },
        CoverageMatrix: { keyFields: false },
        CoverageRow: { keyFields: false },
        CoverageCell: { keyFields: false },
        CoverageYear: { keyFields: false },
        AttributionCandidate: { keyFields: false },
      },
    }),
  });
}

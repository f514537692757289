import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin /graphql: served by the API in production, proxied by Vite in development. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Catalogue entries are identified by their key; values are plain rows of their query.
        Metric: { keyFields: ['key'] },
        MetricValue: { keyFields: false },
      },
    }),
  });
}

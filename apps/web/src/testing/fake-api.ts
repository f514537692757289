import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';

/** Answers one operation: data, or an Error to fail the request. */
export type Resolver = (variables: Record<string, unknown>) => unknown;

/**
 * An Apollo client whose link answers each operation by name from plain functions, so component
 * tests can serve API-shaped data without matching every variable set by hand. Unknown
 * operations fail loudly. Every request is recorded.
 */
export function fakeClient(resolvers: Readonly<Record<string, Resolver>>) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const operationName = operation.operationName ?? '(anonymous)';
        const variables = operation.variables as Record<string, unknown>;
        calls.push({ operationName, variables });
        const resolve = resolvers[operationName];
        // Answer asynchronously, as a network would.
        const timer = setTimeout(() => {
          try {
            if (!resolve) throw new Error(`no fake for operation ${operationName}`);
            const data = resolve(variables);
            if (data instanceof Error) throw data;
            observer.next({ data: data as Record<string, unknown> });
            observer.complete();
          } catch (error) {
            observer.error(error);
          }
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Metric: { keyFields: ['key'] },
        Region: { keyFields: ['code'] },
        MetricValue: { keyFields: false },
        RollupRow: { keyFields: false },
        Benchmark: { keyFields: false },
      },
    }),
  });
  return { client, calls };
}

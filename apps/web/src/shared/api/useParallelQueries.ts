import { useApolloClient } from '@apollo/client/react';
import type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useCallback, useEffect, useState } from 'react';

export interface ParallelResult<TData> {
  readonly data: readonly TData[] | null;
  readonly loading: boolean;
  readonly error: ErrorLike | null;
  readonly retry: () => void;
}

/**
 * The same query with several variable sets, in parallel (e.g. one `rollup` per metric: the field
 * takes one metric). Results come from the Apollo cache when present. `variables` null = skip.
 */
export function useParallelQueries<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: readonly TVariables[] | null,
): ParallelResult<TData> {
  const client = useApolloClient();
  const key = variables ? JSON.stringify(variables) : null;
  const [state, setState] = useState<{ key: string | null; data: TData[] | null; error: ErrorLike | null }>({ key: null, data: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    const list = JSON.parse(key) as TVariables[];
    Promise.all(
      list.map((v) =>
        client.query({ query: document, variables: v, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-first' }).then((r) => {
          if (r.error) throw r.error;
          if (!r.data) throw new Error('empty response');
          return r.data as TData;
        }),
      ),
    ).then(
      (data) => !cancelled && setState({ key, data, error: null }),
      (error: unknown) => !cancelled && setState({ key, data: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, document, key, attempt]);

  const retry = useCallback(() => {
    setState((s) => ({ ...s, key: null, error: null }));
    setAttempt((a) => a + 1);
  }, []);

  if (key === null) return { data: null, loading: false, error: null, retry };
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    loading: !current || (!state.data && !state.error),
    error: current ? state.error : null,
    retry,
  };
}

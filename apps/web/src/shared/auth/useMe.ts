import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument, LogoutDocument, MeDocument, type MeQuery } from '../../generated/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

/** The signed-in user from the API (the session is an HttpOnly cookie the browser sends). */
export function useMe() {
  const result = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  // While the store is reset (after an upload or a sign-in) keep the previous answer on screen.
  const data = result.data ?? result.previousData;
  return { me: data?.me ?? null, loading: result.loading && !data, error: result.error };
}

/** Sign in and out; afterwards every cached answer is dropped and what is on screen refetched. */
export function useSession() {
  const client = useApolloClient();
  const [loginMutation, login] = useMutation(LoginDocument);
  const [logoutMutation] = useMutation(LogoutDocument);
  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await loginMutation({ variables: { username, password } });
      await client.resetStore().catch(() => undefined);
      return result.data?.login.user ?? null;
    },
    [client, loginMutation],
  );
  const signOut = useCallback(async () => {
    await logoutMutation();
    await client.resetStore().catch(() => undefined);
  }, [client, logoutMutation]);
  return { signIn, signOut, signingIn: login.loading, error: login.error };
}

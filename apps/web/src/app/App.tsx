import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useState } from 'react';
import { LanguageProvider } from '../shared/i18n';
import { createApolloClient } from './apollo-client';
import { AppShell } from './AppShell';

export interface AppProps {
  /** Tests pass their own client; the app talks to /graphql. */
  readonly client?: ApolloClient;
}

export function App({ client }: AppProps) {
  const [apollo] = useState(() => client ?? createApolloClient());
  return (
    <ApolloProvider client={apollo}>
      <LanguageProvider>
        <AppShell />
      </LanguageProvider>
    </ApolloProvider>
  );
}

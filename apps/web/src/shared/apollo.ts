import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';

/** Where the caller's token comes from: a session (staff) or the resident's link. */
export interface TokenSource {
  token(): Promise<string | null>;
  /** Called once when the server says UNAUTHENTICATED; true when a retry may succeed. */
  recoverFromUnauthenticated(): Promise<boolean>;
}

/**
 * Apollo Client for our api: queries and mutations over HTTP, subscriptions over graphql-ws on
 * the same origin. The token goes only in the Authorization header (HTTP) or the connection
 * parameters (WebSocket), never in a URL.
 */
export function createApolloClient(tokens: TokenSource): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const token = await tokens.token();
    return {
      headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  const retryOnce = new ErrorLink(({ error, operation, forward }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (!unauthenticated || operation.getContext().retried) return;
    operation.setContext({ retried: true });
    return from(tokens.recoverFromUnauthenticated()).pipe(
      switchMap((recovered) => (recovered ? forward(operation) : throwError(() => error))),
    );
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const ws = new GraphQLWsLink(
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      // Asked again at every (re)connect, so a refreshed token is used after a reconnect.
      connectionParams: async () => {
        const token = await tokens.token();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    ApolloLink.from([retryOnce, auth, http]),
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, type TokenSource } from '../shared/apollo';
import { LinkProblem } from './link-problem';
import { ResidentLayout } from './resident-layout';
import { ResidentPage } from './resident-page';
import { tokenFromFragment } from './resident-token';

/**
 * The resident's page (`/inwoner#<token>`). The token is read from the fragment once and kept in
 * memory; it is only ever sent as the Authorization header (HTTP) or connection parameter
 * (WebSocket) — never in a URL query, so no server log or proxy sees it.
 */
export function createResidentApp() {
  const token = tokenFromFragment(window.location.hash);
  const tokens: TokenSource = {
    token: async () => token,
    // A link cannot be renewed: an expired or revoked one shows the friendly page.
    recoverFromUnauthenticated: async () => false,
  };
  const client = token ? createApolloClient(tokens) : null;
  return function ResidentApp() {
    return (
      <ResidentLayout>
        {client ? (
          <ApolloProvider client={client}>
            <ResidentPage />
          </ApolloProvider>
        ) : (
          <LinkProblem />
        )}
      </ResidentLayout>
    );
  };
}

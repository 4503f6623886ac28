import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';

/** The plugin type as Nest's Apollo driver loads it (its ES module build). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Subscriptions are served on the WebSocket (graphql-ws); over HTTP a subscription would reach
 * graphql-js's executor, which cannot run it, and end as an internal error. Refuse it as the
 * client's mistake instead, before anything runs.
 */
export const noSubscriptionsOverHttp: ApolloPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operation }) => {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError(
            'Een abonnement (subscription) werkt alleen via de WebSocket op /graphql.',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        }
        return Promise.resolve();
      },
    }),
};

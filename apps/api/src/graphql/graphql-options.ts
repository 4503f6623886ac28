import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '@wmo/config';
import type { ProviderRepository, UserRepository } from '@wmo/persistence';
import type { Response } from 'express';
import type { Context as SocketContext } from 'graphql-ws';
import type { AccessTokenService } from '../auth/access-token.service';
import type { AuthenticatedRequest, GraphqlContext } from '../auth/request-context';
import { graphqlWsOptions, socketCaller } from '../subscriptions/graphql-ws-options';
import { formatError } from './format-error';
import type { OfferingReadCache } from '../requests/caches/offering-read-cache';
import type { RequestReadCache } from '../requests/caches/request-read-cache';
import type { ShortlistReadCache } from '../requests/caches/shortlist-read-cache';
import { createLoaders } from './loaders';
import { noSubscriptionsOverHttp } from './no-subscriptions-over-http';
import { requestIdInErrors } from './request-id-in-errors';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Apollo settings: limits against abusive queries, no IDE and no introspection in production. */
export function graphqlOptions(
  config: AppConfig,
  providers: ProviderRepository,
  offerings: OfferingReadCache,
  tokens: AccessTokenService,
  users: UserRepository,
  requests: RequestReadCache,
  shortlists: ShortlistReadCache,
): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: !production },
    // Aliases of __typename count too (armor's default lets them through: 600 answered 200).
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, allowList: [] },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxDirectives: { n: 20 },
    // Token count is limited by tokenLimit() before parsing: armor's version answers 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    graphiql: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // armor is a CommonJS build and Nest loads Apollo's ES module build: same shapes, two types.
    plugins: [
      // No HTTP cache hints are used: without this plugin Apollo wraps no field resolver.
      // (A CommonJS build too: Apollo knows it by its id, not its class.)
      ApolloServerPluginCacheControlDisabled() as unknown as ApolloPlugin,
      ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
      noSubscriptionsOverHttp,
      requestIdInErrors,
    ],
    validationRules: armor.validationRules,
    formatError,
    subscriptions: { 'graphql-ws': graphqlWsOptions(tokens, config.GRAPHQL_MAX_TOKENS) },
    // HTTP passes { req }; a WebSocket operation passes the graphql-ws context.
    context: (
      input: { req: AuthenticatedRequest; res: Response } | SocketContext,
    ): GraphqlContext => {
      const caller =
        'req' in input ? { req: input.req, res: input.res } : { req: socketCaller(input) };
      const sources = { providers, offerings, users, requests, shortlists };
      return { ...caller, loaders: createLoaders(sources, () => caller.req.actor) };
    },
  };
}

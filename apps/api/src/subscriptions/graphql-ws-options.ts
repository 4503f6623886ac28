import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { UnauthenticatedError } from '@wmo/domain';
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type DocumentNode } from 'graphql';
import type { Context, ServerOptions, SubscribePayload } from 'graphql-ws';
import { bearerTokenOf } from '../auth/access.guard';
import type { AccessTokenService } from '../auth/access-token.service';
import type { CallerRequest } from '../auth/request-context';
import { logAndFormatError } from '../graphql/format-error';
import { trackSocket, type ClosableSocket } from './open-sockets';

/**
 * graphql-ws on /graphql. The connection is authenticated once from its connection params
 * (`{ authorization: 'Bearer …' }`, browsers cannot set headers on a WebSocket); every
 * subscription is checked again by the access guard, as an HTTP request would be.
 */
export function graphqlWsOptions(
  tokens: AccessTokenService,
  maxTokens: number,
): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError'> {
  return {
    onConnect: async (ctx) => {
      const token = bearerTokenOf(authorizationOf(ctx));
      if (!token) return false;
      try {
        await tokens.authenticate(token);
        closeWhenExpired(ctx, tokens.expiresAt(token));
        const socket = (ctx.extra as { socket?: ClosableSocket } | undefined)?.socket;
        if (socket) trackSocket(socket);
        return true;
      } catch (error) {
        if (error instanceof UnauthenticatedError) return false;
        throw error;
      }
    },
    onSubscribe: (_ctx, _id, payload) => refuseAllButSubscriptions(payload, maxTokens),
    // graphql-ws does not run Apollo's formatError: map error codes here, the same way, and
    // log what deserves it (a socket has no request id).
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors
        ? {
            ...result,
            errors: result.errors.map((error) =>
              logAndFormatError(undefined, error.toJSON(), error),
            ),
          }
        : undefined,
    // Not in Nest's type, but Nest passes every option on. A failing stream (a revoked resident
    // link) reports its code too; its error has no path, which Apollo's unwrapping needs.
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((error) =>
        logAndFormatError(undefined, error.toJSON(), error.originalError ?? error),
      ),
  };
}

/**
 * A socket lives no longer than the access token it was opened with: it is closed with
 * `TOKEN_EXPIRED_CLOSE` when the token expires. graphql-ws clients reconnect after that code
 * (it is not one of their fatal ones) and send their connection params again — the web app's
 * hold a refreshed token by then, so its subscriptions go on; a stolen token's do not.
 */
export const TOKEN_EXPIRED_CLOSE = { code: 4403, reason: 'Toegang verlopen: verbind opnieuw' };

function closeWhenExpired(ctx: Context, expiresAt: Date | null): void {
  const socket = (ctx.extra as { socket?: ClosableSocket } | undefined)?.socket;
  if (!expiresAt || !socket) return;
  // setTimeout holds 32-bit milliseconds (~24.8 days); access tokens live minutes.
  const delay = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1);
  const timer = setTimeout(
    () => socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason),
    delay,
  );
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

/** What the access guard reads for an operation on a WebSocket. */
export function socketCaller(ctx: Context): CallerRequest {
  return { headers: { authorization: authorizationOf(ctx) } };
}

function authorizationOf(ctx: Context): string | undefined {
  const value = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Queries and mutations go over HTTP, where the size, depth and cost limits apply; the socket
 * carries subscriptions only, whose shape the schema bounds.
 */
function refuseAllButSubscriptions(
  payload: SubscribePayload,
  maxTokens: number,
): readonly GraphQLError[] | undefined {
  const bad = (message: string) => [
    new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }),
  ];
  if (countTokens(payload.query, maxTokens) > maxTokens) {
    return bad(`De vraag is te groot (meer dan ${maxTokens} onderdelen).`);
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('Ongeldige vraag.')];
  }
  const onlySubscriptions = document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription',
  );
  return onlySubscriptions ? undefined : bad('Gebruik deze verbinding alleen voor abonnementen.');
}

function countTokens(query: string, limit: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= limit) count++;
  } catch {
    // A lexing error is reported by the parser with its own message.
  }
  return count;
}

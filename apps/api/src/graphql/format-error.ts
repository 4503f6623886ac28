import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidInputError } from '@wmo/domain';
import { isServiceUnavailable } from './service-unavailable';

const logger = new Logger('GraphQL');

/** Codes Apollo and graphql-js produce for bad requests; they pass through unchanged. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Maps every error once, at the edge, to a stable `extensions.code`. Never a stack trace;
 * unexpected errors are logged with their stack and reach the client as a plain message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof InvalidInputError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, field: original.field },
    };
  }
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const field = /^Variable "\$([A-Za-z0-9_]+)"/.exec(formatted.message)?.[1];
    return {
      ...base,
      extensions: {
        code: code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : code,
        ...(field ? { field } : {}),
      },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
    // A request-level error from graphql-js without a code (e.g. a limit rule): it is bad input.
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isServiceUnavailable(original)) {
    // Nothing was stored (a stored change answers success and is announced later): retry.
    logger.warn(
      `service unavailable at ${formatted.path?.join('.') ?? '(request)'}: ${(original as Error).message}`,
    );
    return {
      ...base,
      message: 'De dienst is even niet bereikbaar. Probeer het over een minuut opnieuw.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  logger.error(
    `unexpected error at ${formatted.path?.join('.') ?? '(request)'}`,
    original instanceof Error ? original.stack : String(original),
  );
  return {
    ...base,
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

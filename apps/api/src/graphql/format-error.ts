import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidInputError } from '@wmo/domain';
import { RequestLog } from '@wmo/observability';
import { isServiceUnavailable } from './service-unavailable';

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

/** What the log should say about an error in an answer (client errors: nothing). */
export type ErrorLogLine =
  { level: 'warn'; message: string } | { level: 'error'; message: string; stack: string };

/** An error as the caller sees it, and what it means for the log. */
export interface DescribedError {
  formatted: GraphQLFormattedError;
  log?: ErrorLogLine;
}

/**
 * Maps every error once, at the edge, to a stable `extensions.code`. Never a stack trace;
 * unexpected errors reach the client as a plain message. Apollo's hook; the log lines are
 * written by the `requestIdInErrors` plugin, which knows the request.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  return describeError(formatted, error).formatted;
}

/** `formatError`, and the log line the error deserves: the one decision for both. */
export function describeError(formatted: GraphQLFormattedError, error: unknown): DescribedError {
  const mapped = mapError(formatted, error);
  const code = mapped.extensions?.code;
  if (code !== 'SERVICE_UNAVAILABLE' && code !== 'INTERNAL_SERVER_ERROR') {
    return { formatted: mapped };
  }
  const original = unwrapResolverError(error);
  const where = formatted.path?.join('.') ?? '(request)';
  if (code === 'SERVICE_UNAVAILABLE') {
    const message = `service unavailable at ${where}: ${(original as Error).message}`;
    return { formatted: mapped, log: { level: 'warn', message } };
  }
  const stack = original instanceof Error ? (original.stack ?? original.message) : String(original);
  return {
    formatted: mapped,
    log: { level: 'error', message: `unexpected error at ${where}`, stack },
  };
}

const log = new RequestLog('GraphQL');

/**
 * Writes the log line an error deserves (none for a client error), with the request's id when
 * `req` passed the request log middleware; answers the error as `formatError` does.
 */
export function logAndFormatError(
  req: unknown,
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const described = describeError(formatted, error);
  const line = described.log;
  if (line?.level === 'warn') log.warn(req, line.message);
  else if (line) log.error(req, line.message, line.stack);
  return described.formatted;
}

function mapError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
    return {
      ...base,
      message: 'De dienst is even niet bereikbaar. Probeer het over een minuut opnieuw.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return {
    ...base,
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

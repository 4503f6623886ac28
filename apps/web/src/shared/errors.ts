import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphqlCallError, toFailure, type GraphqlFailure } from './graphql-http';

const NETWORK =
  'Er is nu geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.';
const UNEXPECTED =
  'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw. Lukt het dan nog niet? Neem contact op met de beheerder.';

/** Codes whose server message is written for the user (plain Dutch, from the domain). */
const SPEAKING_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
]);

export function failuresOf(error: unknown): GraphqlFailure[] {
  if (error instanceof GraphqlCallError) return [...error.failures];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => toFailure({ message: e.message, extensions: e.extensions }));
  }
  return [{ message: NETWORK, code: 'NETWORK', field: null }];
}

/** One Dutch sentence (or two) that says what happened and what to do. */
export function messageFor(error: unknown): string {
  const [first] = failuresOf(error);
  if (!first || first.code === 'NETWORK') return NETWORK;
  if (first.code === 'SERVICE_UNAVAILABLE') {
    return 'Het systeem is even niet bereikbaar. Probeer het over een minuut opnieuw.';
  }
  return first.code && SPEAKING_CODES.has(first.code) ? first.message : UNEXPECTED;
}

/**
 * Server messages by form field: "input.postcode" → { postcode: "…" }. Fields outside the
 * prefix are left for the general message.
 */
export function fieldErrors(error: unknown, prefix = 'input.'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const failure of failuresOf(error)) {
    if (failure.code !== 'BAD_USER_INPUT' || !failure.field?.startsWith(prefix)) continue;
    const field = failure.field.slice(prefix.length).split('.')[0] ?? '';
    result[field] ??= failure.message;
  }
  return result;
}

export function hasCode(error: unknown, code: string): boolean {
  return failuresOf(error).some((failure) => failure.code === code);
}

import { GraphQLError } from 'graphql';
import { NotFoundError } from '@wmo/domain';
import { describeError, logAndFormatError } from './format-error';

/** A resolver's error as graphql-js hands it on: wrapped, with the field's path. */
function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['request'], originalError: original });
}

function unavailable(): Error {
  const error = new Error('connection refused');
  error.name = 'MongoNetworkError';
  return error;
}

describe('describeError', () => {
  it('asks no log line for what the caller did wrong', () => {
    const notFound = fromResolver(new NotFoundError('Aanvraag niet gevonden'));
    expect(describeError(notFound.toJSON(), notFound)).toEqual({
      formatted: expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }) as unknown,
    });
    const invalid = new GraphQLError('Syntax Error', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(describeError(invalid.toJSON(), invalid).log).toBeUndefined();
  });

  it('asks a warning for a service that cannot be reached, and answers SERVICE_UNAVAILABLE', () => {
    const error = fromResolver(unavailable());
    const described = describeError(error.toJSON(), error);
    expect(described.formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(described.log).toEqual({
      level: 'warn',
      message: 'service unavailable at request: connection refused',
    });
  });

  it('asks an error line with the stack for an unexpected error; the caller sees neither', () => {
    const original = new Error('cannot read properties of undefined');
    const error = fromResolver(original);
    const described = describeError(error.toJSON(), error);
    expect(described.formatted).toMatchObject({
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(described.formatted)).not.toContain('cannot read');
    expect(described.log).toEqual({
      level: 'error',
      message: 'unexpected error at request',
      stack: original.stack,
    });
  });
});

describe('logAndFormatError', () => {
  it("writes the line on the request's own log, so it carries the request id", () => {
    const lines: unknown[][] = [];
    const log = {
      child: () => log,
      debug: () => undefined,
      warn: (...args: unknown[]) => lines.push(['warn', ...args]),
      error: (...args: unknown[]) => lines.push(['error', ...args]),
    };
    const error = fromResolver(new Error('boom'));
    const answer = logAndFormatError({ log }, error.toJSON(), error);
    expect(answer.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(lines).toEqual([
      [
        'error',
        {
          context: 'GraphQL',
          err: expect.objectContaining({ stack: expect.stringContaining('boom') }) as unknown,
        },
      ],
    ]);
    const notFound = fromResolver(new NotFoundError('Aanvraag niet gevonden'));
    logAndFormatError({ log }, notFound.toJSON(), notFound);
    expect(lines).toHaveLength(1);
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fieldErrors, hasCode, messageFor } from './errors';
import { GraphqlCallError } from './graphql-http';

const graphqlErrors = (...errors: { message: string; code: string; field?: string }[]) =>
  new CombinedGraphQLErrors({
    errors: errors.map(({ message, code, field }) => ({
      message,
      extensions: { code, ...(field ? { field } : {}) },
    })),
  });

describe('error messages', () => {
  it('shows the server message when it is written for the user', () => {
    const error = graphqlErrors({ message: 'Er is geen vrije plek meer.', code: 'CONFLICT' });
    expect(messageFor(error)).toBe('Er is geen vrije plek meer.');
    expect(hasCode(error, 'CONFLICT')).toBe(true);
  });

  it('never shows an internal message to the user', () => {
    const error = graphqlErrors({ message: 'Cannot read x of undefined', code: 'INTERNAL' });
    expect(messageFor(error)).toMatch(/^Er ging bij ons iets mis/);
  });

  it('explains a lost connection', () => {
    expect(messageFor(new TypeError('Failed to fetch'))).toMatch(/geen verbinding/);
    const offline = new GraphqlCallError([{ message: 'NETWORK', code: 'NETWORK', field: null }]);
    expect(messageFor(offline)).toMatch(/geen verbinding/);
  });

  it('puts bad input next to the field it names', () => {
    const error = graphqlErrors(
      { message: 'Deze postcode kennen we niet.', code: 'BAD_USER_INPUT', field: 'input.postcode' },
      { message: 'Kies er minstens één.', code: 'BAD_USER_INPUT', field: 'input.specialisms.0' },
      { message: 'Dit is geen geldig id.', code: 'BAD_USER_INPUT', field: 'id' },
    );
    expect(fieldErrors(error)).toEqual({
      postcode: 'Deze postcode kennen we niet.',
      specialisms: 'Kies er minstens één.',
    });
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  EMPTY_PROVIDER,
  providerServerProblems,
  toCreateProviderInput,
  validateNewProvider,
  type NewProviderDraft,
} from './new-provider-form';

const provider: NewProviderDraft = {
  name: ' Buurtzorg Hilversum ',
  strategicPartner: 'nee',
  languages: ['nl', 'tr'],
  kvkNumber: '',
  agbCode: '',
};

describe('the new provider form', () => {
  it('needs a name and a yes or no on strategic partnership; the numbers may stay empty', () => {
    expect(validateNewProvider(provider)).toEqual({});
    expect(validateNewProvider(EMPTY_PROVIDER)).toEqual({
      name: 'Vul de naam van de aanbieder in.',
      strategicPartner: 'Kies of de aanbieder een strategische partner is.',
    });
    expect(validateNewProvider({ ...provider, name: ' X ' }).name).toBe(
      'Deze naam is te kort. Gebruik minstens 2 tekens.',
    );
    expect(validateNewProvider({ ...provider, name: 'x'.repeat(121) }).name).toBeDefined();
  });

  it('wants 8 digits for KvK and AGB, and forgives spaces and dots', () => {
    expect(validateNewProvider({ ...provider, kvkNumber: '1234567' }).kvkNumber).toBe(
      'Een KvK-nummer heeft 8 cijfers, zoals 12345678.',
    );
    expect(validateNewProvider({ ...provider, agbCode: '1234567a' }).agbCode).toBe(
      'Een AGB-code heeft 8 cijfers, zoals 12345678.',
    );
    expect(
      validateNewProvider({ ...provider, kvkNumber: '1234 5678', agbCode: '12.34.56.78' }),
    ).toEqual({});
    expect(
      toCreateProviderInput({ ...provider, kvkNumber: '1234 5678', agbCode: '12.34.56.78' }),
    ).toMatchObject({ kvkNumber: '12345678', agbCode: '12345678' });
  });

  it('sends the answers as the api wants them', () => {
    expect(toCreateProviderInput(provider)).toEqual({
      name: 'Buurtzorg Hilversum',
      strategicPartner: false,
      languages: ['nl', 'tr'],
      kvkNumber: null,
      agbCode: null,
    });
    expect(toCreateProviderInput({ ...provider, strategicPartner: 'ja' }).strategicPartner).toBe(
      true,
    );
  });

  it('puts the server’s field errors next to their fields', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Gebruik een taalcode van twee letters, zoals nl of en.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.languages.1' },
        },
      ],
    });
    expect(providerServerProblems(error)).toEqual({
      languages: 'Gebruik een taalcode van twee letters, zoals nl of en.',
    });
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  EMPTY_USER,
  NEW_USER_FIELDS,
  NEW_USER_INPUT_IDS,
  serverProblems,
  toCreateUserInput,
  validateNewUser,
  type NewUserDraft,
} from './new-user-form';
import { toFieldProblems } from '../shared/form-problems';

const staff: NewUserDraft = {
  role: 'STAFF',
  municipalityCodes: ['GM0402'],
  providerId: '',
  name: ' Sanne de Vries ',
  email: ' sanne@hilversum.nl ',
  password: 'twaalf-tekens',
};

function graphqlError(code: string, message: string, field?: string) {
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

describe('the new user form', () => {
  it('accepts a complete consultant', () => {
    expect(validateNewUser(staff)).toEqual({});
  });

  it('says what is missing in an empty form, in the order of the form', () => {
    const problems = validateNewUser(EMPTY_USER);
    expect(Object.keys(problems)).toEqual(['role', 'name', 'email', 'password']);
    expect(toFieldProblems(problems, NEW_USER_FIELDS, NEW_USER_INPUT_IDS)).toEqual([
      { inputId: 'user-role', message: 'Kies de rol van de gebruiker.' },
      { inputId: 'user-name', message: 'Vul de naam van de gebruiker in.' },
      { inputId: 'user-email', message: 'Vul het e-mailadres in.' },
      { inputId: 'user-password', message: 'Vul een eerste wachtwoord in.' },
    ]);
  });

  it('asks a consultant for a municipality and a provider user for a provider', () => {
    expect(validateNewUser({ ...staff, municipalityCodes: [] })).toEqual({
      municipalityCodes: 'Kies minstens één gemeente.',
    });
    expect(validateNewUser({ ...staff, role: 'PROVIDER' })).toEqual({
      providerId: 'Kies de aanbieder waarvoor deze gebruiker werkt.',
    });
    expect(validateNewUser({ ...staff, role: 'PROVIDER', providerId: 'p1' })).toEqual({});
    expect(validateNewUser({ ...staff, role: 'ADMIN', municipalityCodes: [] })).toEqual({});
  });

  it('wants a password of at least 12 characters and says how many it has', () => {
    expect(validateNewUser({ ...staff, password: 'elf-tekens!' }).password).toBe(
      'Het wachtwoord moet minstens 12 tekens hebben. Nu zijn het er 11.',
    );
    expect(validateNewUser({ ...staff, password: 'x'.repeat(12) }).password).toBeUndefined();
    expect(validateNewUser({ ...staff, password: 'x'.repeat(257) }).password).toBeDefined();
  });

  it('checks the form of the email address and the length of the name', () => {
    for (const email of ['sanne', 'sanne@', 'sanne@hilversum', 'san ne@hilversum.nl', '@a.nl']) {
      expect(validateNewUser({ ...staff, email }).email).toBe(
        'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
      );
    }
    expect(validateNewUser({ ...staff, email: 'a.b@gemeente.hilversum.nl' }).email).toBeUndefined();
    expect(validateNewUser({ ...staff, name: 'x'.repeat(81) }).name).toBe(
      'Deze naam is te lang. Gebruik hoogstens 80 tekens.',
    );
    expect(validateNewUser({ ...staff, name: '   ' }).name).toBe(
      'Vul de naam van de gebruiker in.',
    );
  });

  it('sends only what the role needs, trimmed', () => {
    expect(toCreateUserInput({ ...staff, role: 'STAFF' })).toEqual({
      role: 'STAFF',
      name: 'Sanne de Vries',
      email: 'sanne@hilversum.nl',
      password: 'twaalf-tekens',
      municipalityCodes: ['GM0402'],
      providerId: null,
    });
    expect(toCreateUserInput({ ...staff, role: 'PROVIDER', providerId: 'p1' })).toMatchObject({
      municipalityCodes: null,
      providerId: 'p1',
    });
    expect(toCreateUserInput({ ...staff, role: 'ADMIN', providerId: 'p1' })).toMatchObject({
      municipalityCodes: null,
      providerId: null,
    });
  });

  it('shows a taken email address and the server’s field errors next to their fields', () => {
    expect(
      serverProblems(graphqlError('CONFLICT', 'Er bestaat al een account met dit e-mailadres.')),
    ).toEqual({ email: 'Er bestaat al een account met dit e-mailadres.' });
    expect(
      serverProblems(
        graphqlError(
          'BAD_USER_INPUT',
          'Deze gemeente kennen wij niet.',
          'input.municipalityCodes.0',
        ),
      ),
    ).toEqual({ municipalityCodes: 'Deze gemeente kennen wij niet.' });
    expect(serverProblems(graphqlError('FORBIDDEN', 'U mag dit niet doen.'))).toEqual({});
    expect(serverProblems(new Error('network'))).toEqual({});
  });
});

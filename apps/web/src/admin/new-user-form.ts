import type { CreateUserInput } from '../gql/schema-types';
import { fieldErrors, hasCode, messageFor } from '../shared/errors';
import { pickFields, type Problems } from '../shared/form-problems';
import { NEW_USER_TEXT } from './texts';

/** The roles an administrator gives an account (residents get a link, not an account). */
export type AccountRole = 'STAFF' | 'PROVIDER' | 'POLICY' | 'ADMIN';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['STAFF', 'PROVIDER', 'POLICY', 'ADMIN'];

/** Roles bound to municipalities: consultants, and policy makers (all 7: the whole region). */
export function boundToMunicipalities(role: AccountRole | ''): boolean {
  return role === 'STAFF' || role === 'POLICY';
}

export interface NewUserDraft {
  readonly role: AccountRole | '';
  readonly municipalityCodes: readonly string[];
  readonly providerId: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

export type NewUserField = keyof NewUserDraft;

/** The fields in the order of the form (the error summary lists them so). */
export const NEW_USER_FIELDS: readonly NewUserField[] = [
  'role',
  'municipalityCodes',
  'providerId',
  'name',
  'email',
  'password',
];

export const NEW_USER_INPUT_IDS: Readonly<Record<NewUserField, string>> = {
  role: 'user-role',
  municipalityCodes: 'user-municipalities',
  providerId: 'user-provider',
  name: 'user-name',
  email: 'user-email',
  password: 'user-password',
};

export const EMPTY_USER: NewUserDraft = {
  role: '',
  municipalityCodes: [],
  providerId: '',
  name: '',
  email: '',
  password: '',
};

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The same limits as the api (CreateUserInput), said in plain Dutch next to each field. */
export function validateNewUser(draft: NewUserDraft): Problems<NewUserField> {
  const problems: Problems<NewUserField> = {};
  const text = NEW_USER_TEXT.problems;
  if (!draft.role) problems.role = text.roleMissing;
  if (boundToMunicipalities(draft.role) && draft.municipalityCodes.length === 0) {
    problems.municipalityCodes = text.municipalitiesMissing;
  }
  if (draft.role === 'PROVIDER' && !draft.providerId) problems.providerId = text.providerMissing;
  const name = draft.name.trim();
  if (!name) problems.name = text.nameMissing;
  else if (name.length > 80) problems.name = text.nameTooLong;
  const email = draft.email.trim();
  if (!email) problems.email = text.emailMissing;
  else if (email.length > 254) problems.email = text.emailTooLong;
  else if (!EMAIL.test(email)) problems.email = text.emailInvalid;
  if (!draft.password) problems.password = text.passwordMissing;
  else if (draft.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = text.passwordTooShort(draft.password.length);
  } else if (draft.password.length > 256) problems.password = text.passwordTooLong;
  return problems;
}

/** The api's input: only what the role needs (municipalities for staff, a provider for providers). */
export function toCreateUserInput(draft: NewUserDraft & { role: AccountRole }): CreateUserInput {
  return {
    role: draft.role,
    name: draft.name.trim(),
    email: draft.email.trim(),
    password: draft.password,
    municipalityCodes: boundToMunicipalities(draft.role) ? [...draft.municipalityCodes] : null,
    providerId: draft.role === 'PROVIDER' ? draft.providerId : null,
  };
}

/**
 * What the server said, by field: its field errors, and a taken email address (CONFLICT) next
 * to the email field. Empty when the failure is about no field (shown as a general message).
 */
export function serverProblems(error: unknown): Problems<NewUserField> {
  const problems = pickFields(fieldErrors(error, 'input.'), NEW_USER_FIELDS);
  if (hasCode(error, 'CONFLICT')) problems.email = messageFor(error);
  return problems;
}

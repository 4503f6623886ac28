import type { CreateProviderInput } from '../gql/schema-types';
import { fieldErrors } from '../shared/errors';
import { pickFields, type Problems } from '../shared/form-problems';
import { NEW_PROVIDER_TEXT } from './texts';

export interface NewProviderDraft {
  readonly name: string;
  /** 'ja' | 'nee', '' until chosen. */
  readonly strategicPartner: string;
  readonly languages: readonly string[];
  readonly kvkNumber: string;
  readonly agbCode: string;
}

export type NewProviderField = keyof NewProviderDraft;

export const NEW_PROVIDER_FIELDS: readonly NewProviderField[] = [
  'name',
  'strategicPartner',
  'languages',
  'kvkNumber',
  'agbCode',
];

export const NEW_PROVIDER_INPUT_IDS: Readonly<Record<NewProviderField, string>> = {
  name: 'provider-name',
  strategicPartner: 'provider-partner',
  languages: 'provider-languages',
  kvkNumber: 'provider-kvk',
  agbCode: 'provider-agb',
};

export const EMPTY_PROVIDER: NewProviderDraft = {
  name: '',
  strategicPartner: '',
  languages: [],
  kvkNumber: '',
  agbCode: '',
};

const EIGHT_DIGITS = /^\d{8}$/;

/** Spaces and dots people copy along with a number ("1234 5678") do not count. */
function digitsOf(text: string): string {
  return text.replace(/[\s.]/g, '');
}

/** The api's limits (CreateProviderInput), said in plain Dutch next to each field. */
export function validateNewProvider(draft: NewProviderDraft): Problems<NewProviderField> {
  const problems: Problems<NewProviderField> = {};
  const text = NEW_PROVIDER_TEXT.problems;
  const name = draft.name.trim();
  if (!name) problems.name = text.nameMissing;
  else if (name.length < 2) problems.name = text.nameTooShort;
  else if (name.length > 120) problems.name = text.nameTooLong;
  if (draft.strategicPartner !== 'ja' && draft.strategicPartner !== 'nee') {
    problems.strategicPartner = text.partnerMissing;
  }
  const kvk = digitsOf(draft.kvkNumber);
  if (kvk && !EIGHT_DIGITS.test(kvk)) problems.kvkNumber = text.kvkInvalid;
  const agb = digitsOf(draft.agbCode);
  if (agb && !EIGHT_DIGITS.test(agb)) problems.agbCode = text.agbInvalid;
  return problems;
}

export function toCreateProviderInput(draft: NewProviderDraft): CreateProviderInput {
  return {
    name: draft.name.trim(),
    strategicPartner: draft.strategicPartner === 'ja',
    languages: [...draft.languages],
    kvkNumber: digitsOf(draft.kvkNumber) || null,
    agbCode: digitsOf(draft.agbCode) || null,
  };
}

export function providerServerProblems(error: unknown): Problems<NewProviderField> {
  return pickFields(fieldErrors(error, 'input.'), NEW_PROVIDER_FIELDS);
}

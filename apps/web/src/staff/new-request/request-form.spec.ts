import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toFieldProblems } from '../../shared/form-problems';
import {
  emptyRequestForm,
  FIELD_IDS,
  MESSAGES,
  parseDecimal,
  personalDataIn,
  postcodeDigits,
  REQUEST_FIELDS,
  serverProblems,
  toCreateRequestInput,
  validateRequestForm,
  type RequestFormValues,
} from './request-form';

const aValidForm = (overrides: Partial<RequestFormValues> = {}): RequestFormValues => ({
  ...emptyRequestForm(['GM0402']),
  postcode: '1211',
  productCode: 'BEG_REGULIER',
  specialisms: ['GGZ'],
  urgency: 'SOON',
  strategicPartnerMismatch: 'Heeft begeleiding in het Turks nodig.',
  ...overrides,
});

describe('the new request form', () => {
  it('starts with the municipality chosen when the consultant has only one', () => {
    expect(emptyRequestForm(['GM0402']).municipalityCode).toBe('GM0402');
    expect(emptyRequestForm(['GM0402', 'GM0406']).municipalityCode).toBe('');
    expect(emptyRequestForm([]).excludeStrategicPartners).toBe(true);
  });

  it('lists every missing required field, in the order of the form', () => {
    const problems = validateRequestForm(emptyRequestForm(['GM0402', 'GM0406']));
    expect(toFieldProblems(problems, REQUEST_FIELDS, FIELD_IDS)).toEqual([
      { inputId: FIELD_IDS.municipalityCode, message: MESSAGES.municipalityMissing },
      { inputId: FIELD_IDS.postcode, message: MESSAGES.postcodeMissing },
      { inputId: FIELD_IDS.productCode, message: MESSAGES.productMissing },
      { inputId: FIELD_IDS.urgency, message: MESSAGES.urgencyMissing },
      { inputId: FIELD_IDS.strategicPartnerMismatch, message: MESSAGES.reasonMissing },
    ]);
  });

  it('accepts a complete form', () => {
    expect(validateRequestForm(aValidForm())).toEqual({});
  });

  it('keeps only the 4 digits of a postcode', () => {
    expect(postcodeDigits('1211')).toBe('1211');
    expect(postcodeDigits(' 1211 ab ')).toBe('1211');
    expect(postcodeDigits('1211AB')).toBe('1211');
    expect(postcodeDigits('0211')).toBeNull();
    expect(postcodeDigits('121')).toBeNull();
    expect(postcodeDigits('1211 ABC')).toBeNull();
    expect(validateRequestForm(aValidForm({ postcode: 'Hilversum' }))).toEqual({
      postcode: MESSAGES.postcodeInvalid,
    });
  });

  it('reads distances with a decimal comma and checks their range', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('ver')).toBeNaN();
    expect(validateRequestForm(aValidForm({ maxDistanceKm: '0' }))).toEqual({
      maxDistanceKm: MESSAGES.distanceInvalid,
    });
    expect(validateRequestForm(aValidForm({ maxDistanceKm: '12,5' }))).toEqual({});
    expect(validateRequestForm(aValidForm({ maxWaitingWeeks: '2,5' }))).toEqual({
      maxWaitingWeeks: MESSAGES.waitingInvalid,
    });
    expect(validateRequestForm(aValidForm({ maxWaitingWeeks: '521' }))).toEqual({
      maxWaitingWeeks: MESSAGES.waitingInvalid,
    });
  });

  it('refuses personal data in the free text', () => {
    expect(personalDataIn('BSN 123456789')).toBe(MESSAGES.reasonBsn);
    expect(personalDataIn('bsn 123 456 789')).toBe(MESSAGES.reasonBsn);
    expect(personalDataIn('mail naar j.jansen@example.nl')).toBe(MESSAGES.reasonEmail);
    expect(personalDataIn('bel 06-12345678')).toBe(MESSAGES.reasonPhone);
    expect(personalDataIn('woont op 1211AB')).toBe(MESSAGES.reasonAddress);
    expect(personalDataIn('woont op 1211 AB')).toBe(MESSAGES.reasonAddress);
    expect(personalDataIn('Sinds 2024 en 2025 geen plek bij de 3 partners.')).toBeNull();
    expect(validateRequestForm(aValidForm({ strategicPartnerMismatch: 'BSN 123456789' }))).toEqual({
      strategicPartnerMismatch: MESSAGES.reasonBsn,
    });
  });

  it('limits the number of languages', () => {
    const six = ['nl', 'en', 'de', 'fr', 'es', 'pt'];
    expect(validateRequestForm(aValidForm({ requiredLanguages: six }))).toEqual({
      requiredLanguages: MESSAGES.requiredLanguagesTooMany,
    });
  });

  it('sends the api every field, with numbers as numbers and empty choices as null', () => {
    expect(
      toCreateRequestInput(
        aValidForm({
          postcode: '1211 AB',
          maxDistanceKm: '7,5',
          languages: ['tr'],
          requiredLanguages: ['nl'],
          financing: 'PGB',
          acceptsWaitingList: true,
          maxWaitingWeeks: '6',
          excludeStrategicPartners: false,
          strategicPartnerMismatch: '  Past niet.  ',
        }),
      ),
    ).toEqual({
      municipalityCode: 'GM0402',
      postcode: '1211',
      productCode: 'BEG_REGULIER',
      specialisms: ['GGZ'],
      urgency: 'SOON',
      maxDistanceKm: 7.5,
      languages: ['tr'],
      requiredLanguages: ['nl'],
      financing: 'PGB',
      strategicPartnerMismatch: 'Past niet.',
      excludeStrategicPartners: false,
      acceptsWaitingList: true,
      maxWaitingWeeks: 6,
    });
    expect(toCreateRequestInput(aValidForm())).toMatchObject({
      maxDistanceKm: null,
      financing: null,
      maxWaitingWeeks: null,
    });
  });

  it('puts the api’s errors next to the fields they name', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Deze postcode kennen wij niet in deze regio.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.postcode' },
        },
        {
          message: 'Gebruik een taalcode van twee letters.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.requiredLanguages.0' },
        },
        {
          message: 'Iets anders.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.unknown' },
        },
      ],
    });
    expect(serverProblems(error)).toEqual({
      postcode: 'Deze postcode kennen wij niet in deze regio.',
      requiredLanguages: 'Gebruik een taalcode van twee letters.',
    });
  });
});

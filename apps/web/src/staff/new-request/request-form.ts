import type { CreateRequestInput, Financing, Urgency } from '../../gql/schema-types';
import { fieldErrors } from '../../shared/errors';
import { pickFields, type Problems } from '../../shared/form-problems';

/** What the form holds while a consultant types: text as typed, choices as codes. */
export interface RequestFormValues {
  readonly municipalityCode: string;
  readonly postcode: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly urgency: Urgency | '';
  readonly maxDistanceKm: string;
  readonly languages: readonly string[];
  readonly requiredLanguages: readonly string[];
  readonly financing: Financing | '';
  readonly strategicPartnerMismatch: string;
  readonly excludeStrategicPartners: boolean;
  readonly acceptsWaitingList: boolean;
  readonly maxWaitingWeeks: string;
}

export type RequestField = keyof RequestFormValues;

/** Input ids, in the order of the form (the error summary lists problems in this order). */
export const FIELD_IDS: Readonly<Record<RequestField, string>> = {
  municipalityCode: 'aanvraag-gemeente',
  postcode: 'aanvraag-postcode',
  productCode: 'aanvraag-product',
  specialisms: 'aanvraag-doelgroepen',
  urgency: 'aanvraag-urgentie',
  maxDistanceKm: 'aanvraag-afstand',
  languages: 'aanvraag-voorkeurstalen',
  requiredLanguages: 'aanvraag-vereiste-talen',
  financing: 'aanvraag-financiering',
  acceptsWaitingList: 'aanvraag-wachtlijst',
  maxWaitingWeeks: 'aanvraag-wachttijd',
  strategicPartnerMismatch: 'aanvraag-reden',
  excludeStrategicPartners: 'aanvraag-partners-uitsluiten',
};

export const REQUEST_FIELDS = Object.keys(FIELD_IDS) as RequestField[];

export const LIMITS = {
  maxDistanceKm: { min: 0.1, max: 300 },
  maxWaitingWeeks: { min: 0, max: 520 },
  reason: { min: 3, max: 1000 },
  languages: 10,
  requiredLanguages: 5,
};

export const MESSAGES = {
  municipalityMissing: 'Kies de gemeente van de inwoner.',
  postcodeMissing: 'Vul de postcode van de inwoner in (alleen de 4 cijfers).',
  postcodeInvalid: 'Vul een postcode in van 4 cijfers, bijvoorbeeld 1211.',
  productMissing: 'Kies welk product de inwoner nodig heeft.',
  urgencyMissing: 'Kies hoe dringend de hulp nodig is.',
  distanceInvalid: 'Vul een afstand in van 0,1 tot 300 kilometer, of laat het veld leeg.',
  languagesTooMany: `Kies ten hoogste ${LIMITS.languages} voorkeurstalen.`,
  requiredLanguagesTooMany: `Kies ten hoogste ${LIMITS.requiredLanguages} talen die de aanbieder moet spreken.`,
  waitingInvalid: 'Vul een hele aantal weken in van 0 tot 520, of laat het veld leeg.',
  reasonMissing: 'Leg uit waarom de strategische partners niet passen.',
  reasonTooShort: 'Leg in een paar woorden uit waarom de strategische partners niet passen.',
  reasonTooLong: `Gebruik ten hoogste ${LIMITS.reason.max} tekens.`,
  reasonBsn: 'Haal het nummer van 9 cijfers weg. Vul nooit een BSN in.',
  reasonEmail: 'Haal het e-mailadres weg. Vul geen persoonsgegevens in.',
  reasonPhone: 'Haal het telefoonnummer weg. Vul geen persoonsgegevens in.',
  reasonAddress: 'Haal de postcode met letters weg. Vul geen adres in.',
};

export function emptyRequestForm(municipalityCodes: readonly string[]): RequestFormValues {
  return {
    municipalityCode: municipalityCodes.length === 1 ? (municipalityCodes[0] ?? '') : '',
    postcode: '',
    productCode: '',
    specialisms: [],
    urgency: '',
    maxDistanceKm: '',
    languages: [],
    requiredLanguages: [],
    financing: '',
    strategicPartnerMismatch: '',
    excludeStrategicPartners: true,
    acceptsWaitingList: false,
    maxWaitingWeeks: '',
  };
}

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})?$/;

/** "1211", "1211AB" and "1211 ab" are postcodes; only the 4 digits are kept (by the api too). */
export function postcodeDigits(input: string): string | null {
  return POSTCODE.exec(input.trim())?.[1] ?? null;
}

/** "2,5" and "2.5" are 2.5; empty is null; anything else NaN. */
export function parseDecimal(input: string): number | null {
  const text = input.trim().replace(',', '.');
  if (text === '') return null;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function parseWholeNumber(input: string): number | null {
  const text = input.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Personal data someone may type in the free text by habit; the request must stay pseudonymous. */
export function personalDataIn(text: string): string | null {
  if (/(^|\D)\d{9}(\D|$)/.test(text.replace(/[ .-](?=\d)/g, ''))) return MESSAGES.reasonBsn;
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(text)) return MESSAGES.reasonEmail;
  if (/(^|\D)(0|\+31|0031)[ -]?\d(?:[ -]?\d){8}(\D|$)/.test(text)) return MESSAGES.reasonPhone;
  // "1211AB" or "1211 AB"; not "in 2024 en".
  if (/\b[1-9]\d{3}([A-Za-z]{2}| [A-Z]{2})\b/.test(text)) return MESSAGES.reasonAddress;
  return null;
}

function reasonProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return MESSAGES.reasonMissing;
  if (trimmed.length < LIMITS.reason.min) return MESSAGES.reasonTooShort;
  if (trimmed.length > LIMITS.reason.max) return MESSAGES.reasonTooLong;
  return personalDataIn(trimmed);
}

function inRange(value: number | null, { min, max }: { min: number; max: number }): boolean {
  return value === null || (Number.isFinite(value) && value >= min && value <= max);
}

/** Every mistake, each tied to its field. */
export function validateRequestForm(values: RequestFormValues): Problems<RequestField> {
  const messages: Partial<Record<RequestField, string | null>> = {
    municipalityCode: values.municipalityCode ? null : MESSAGES.municipalityMissing,
    postcode: !values.postcode.trim()
      ? MESSAGES.postcodeMissing
      : postcodeDigits(values.postcode)
        ? null
        : MESSAGES.postcodeInvalid,
    productCode: values.productCode ? null : MESSAGES.productMissing,
    urgency: values.urgency ? null : MESSAGES.urgencyMissing,
    maxDistanceKm: inRange(parseDecimal(values.maxDistanceKm), LIMITS.maxDistanceKm)
      ? null
      : MESSAGES.distanceInvalid,
    languages: values.languages.length > LIMITS.languages ? MESSAGES.languagesTooMany : null,
    requiredLanguages:
      values.requiredLanguages.length > LIMITS.requiredLanguages
        ? MESSAGES.requiredLanguagesTooMany
        : null,
    maxWaitingWeeks: inRange(parseWholeNumber(values.maxWaitingWeeks), LIMITS.maxWaitingWeeks)
      ? null
      : MESSAGES.waitingInvalid,
    strategicPartnerMismatch: reasonProblem(values.strategicPartnerMismatch),
  };
  return Object.fromEntries(
    Object.entries(messages).filter(([, message]) => message),
  ) as Problems<RequestField>;
}

/** The api's input; only valid values reach here (validateRequestForm found nothing). */
export function toCreateRequestInput(values: RequestFormValues): CreateRequestInput {
  return {
    municipalityCode: values.municipalityCode,
    postcode: postcodeDigits(values.postcode) ?? values.postcode.trim(),
    productCode: values.productCode,
    specialisms: [...values.specialisms],
    urgency: values.urgency as Urgency,
    maxDistanceKm: parseDecimal(values.maxDistanceKm),
    languages: [...values.languages],
    requiredLanguages: [...values.requiredLanguages],
    financing: values.financing || null,
    strategicPartnerMismatch: values.strategicPartnerMismatch.trim(),
    excludeStrategicPartners: values.excludeStrategicPartners,
    acceptsWaitingList: values.acceptsWaitingList,
    maxWaitingWeeks: parseWholeNumber(values.maxWaitingWeeks),
  };
}

/** The api's "input.postcode"-style errors, next to the right fields. */
export function serverProblems(error: unknown): Problems<RequestField> {
  return pickFields(fieldErrors(error, 'input.'), REQUEST_FIELDS);
}

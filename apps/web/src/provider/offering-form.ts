import type {
  CreateOfferingInput,
  Financing,
  UpdateCapacityInput,
  UpdateOfferingInput,
} from '../gql/schema-types';
import { fieldErrors } from '../shared/errors';
import { formatNumberInput } from '../shared/format';
import { pickFields, type Problems } from '../shared/form-problems';
import { MAX_WAITING_WEEKS, parseWhole } from './capacity-draft';
import { OFFERING_FORM as TEXT } from './texts';

/**
 * The offering form as typed, its checks (the server's rules, in Dutch, next to each field)
 * and its mapping to createOffering, updateOffering and updateCapacity.
 */
export interface OfferingFormValues {
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly postcode: string;
  readonly municipalitiesServed: readonly string[];
  readonly maxTravelKm: string;
  readonly totalPlaces: string;
  readonly freePlaces: string;
  readonly waitingWeeks: string;
  readonly financing: readonly Financing[];
}

export type OfferingField = keyof OfferingFormValues;
export type OfferingFormErrors = Problems<OfferingField>;
export type OfferingFormMode = 'create' | 'edit';

/** The order of the fields on the page, which the error summary follows. */
export const FIELD_ORDER: readonly OfferingField[] = [
  'productCode',
  'specialisms',
  'postcode',
  'municipalitiesServed',
  'maxTravelKm',
  'totalPlaces',
  'freePlaces',
  'waitingWeeks',
  'financing',
];

export const INPUT_IDS: Readonly<Record<OfferingField, string>> = {
  productCode: 'aanbod-product',
  specialisms: 'aanbod-doelgroepen',
  postcode: 'aanbod-postcode',
  municipalitiesServed: 'aanbod-gemeenten',
  maxTravelKm: 'aanbod-reisafstand',
  totalPlaces: 'aanbod-plekken',
  freePlaces: 'aanbod-vrije-plekken',
  waitingWeeks: 'aanbod-wachttijd',
  financing: 'aanbod-financiering',
};

export function inputIdOf(field: OfferingField): string {
  return INPUT_IDS[field];
}

export const EMPTY_OFFERING_FORM: OfferingFormValues = {
  productCode: '',
  specialisms: [],
  postcode: '',
  municipalitiesServed: [],
  maxTravelKm: '',
  totalPlaces: '',
  freePlaces: '',
  waitingWeeks: '0',
  financing: [],
};

/** The figures of a stored offering, as the edit form starts with them. */
export interface StoredOffering {
  readonly id: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly postcode: string;
  readonly municipalitiesServed: readonly string[];
  readonly maxTravelKm?: number | null;
  readonly totalPlaces: number;
  readonly freePlaces: number;
  readonly waitingWeeks: number;
  readonly financing: readonly Financing[];
}

export function formOf(offering: StoredOffering): OfferingFormValues {
  return {
    productCode: offering.productCode,
    specialisms: [...offering.specialisms],
    postcode: offering.postcode,
    municipalitiesServed: [...offering.municipalitiesServed],
    maxTravelKm: offering.maxTravelKm == null ? '' : formatNumberInput(offering.maxTravelKm),
    totalPlaces: String(offering.totalPlaces),
    freePlaces: String(offering.freePlaces),
    waitingWeeks: String(offering.waitingWeeks),
    financing: [...offering.financing],
  };
}

const POSTCODE = /^[1-9]\d{3}( ?[A-Za-z]{2})?$/;
const MAX_PLACES = 100_000;

/** "7,5" or "7.5" → 7.5; "" → null; anything else → NaN. */
export function parseKm(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

function whole(text: string, max: number): number | null {
  const value = parseWhole(text);
  return value !== null && value <= max ? value : null;
}

export function validateOfferingForm(
  values: OfferingFormValues,
  mode: OfferingFormMode,
): OfferingFormErrors {
  const errors: OfferingFormErrors = {};
  if (mode === 'create' && !values.productCode) errors.productCode = TEXT.productMissing;
  const postcode = values.postcode.trim();
  if (!postcode) errors.postcode = TEXT.postcodeMissing;
  else if (!POSTCODE.test(postcode)) errors.postcode = TEXT.postcodeFormat;
  if (values.municipalitiesServed.length === 0) {
    errors.municipalitiesServed = TEXT.municipalitiesMissing;
  }
  const km = parseKm(values.maxTravelKm);
  if (km !== null && (Number.isNaN(km) || km < 0.1 || km > 300)) {
    errors.maxTravelKm = TEXT.maxTravelKmFormat;
  }
  const total = whole(values.totalPlaces, MAX_PLACES);
  const free = whole(values.freePlaces, MAX_PLACES);
  if (total === null) errors.totalPlaces = TEXT.totalPlacesFormat;
  if (free === null) errors.freePlaces = TEXT.freePlacesFormat;
  else if (total !== null && free > total) errors.freePlaces = TEXT.freePlacesAboveTotal;
  if (whole(values.waitingWeeks, MAX_WAITING_WEEKS) === null) {
    errors.waitingWeeks = TEXT.waitingWeeksFormat;
  }
  if (values.financing.length === 0) errors.financing = TEXT.financingMissing;
  return errors;
}

/** Server errors by input field ("input.postcode" → postcode); others stay general. */
export function offeringServerProblems(error: unknown): OfferingFormErrors {
  return pickFields(fieldErrors(error), FIELD_ORDER);
}

function figures(values: OfferingFormValues) {
  const totalPlaces = parseWhole(values.totalPlaces);
  const freePlaces = parseWhole(values.freePlaces);
  const waitingWeeks = parseWhole(values.waitingWeeks);
  if (totalPlaces === null || freePlaces === null || waitingWeeks === null) {
    throw new Error('the form is not valid');
  }
  return { totalPlaces, freePlaces, waitingWeeks };
}

/** Call only when validateOfferingForm found nothing. */
export function toCreateInput(values: OfferingFormValues, providerId: string): CreateOfferingInput {
  return {
    providerId,
    productCode: values.productCode,
    specialisms: [...values.specialisms],
    postcode: values.postcode.trim(),
    municipalitiesServed: [...values.municipalitiesServed],
    maxTravelKm: parseKm(values.maxTravelKm),
    ...figures(values),
    financing: [...values.financing],
  };
}

/** What updateOffering changes: what is offered and where (not the product, not the places). */
export function toUpdateInput(values: OfferingFormValues, offeringId: string): UpdateOfferingInput {
  return {
    offeringId,
    specialisms: [...values.specialisms],
    postcode: values.postcode.trim(),
    municipalitiesServed: [...values.municipalitiesServed],
    maxTravelKm: parseKm(values.maxTravelKm),
    financing: [...values.financing],
  };
}

/**
 * A capacity report when the places or the waiting time changed (updateCapacity, so it is
 * recorded as one); null when they are as stored.
 */
export function toCapacityInput(
  values: OfferingFormValues,
  stored: StoredOffering,
): UpdateCapacityInput | null {
  const next = figures(values);
  const same =
    next.totalPlaces === stored.totalPlaces &&
    next.freePlaces === stored.freePlaces &&
    next.waitingWeeks === stored.waitingWeeks;
  return same ? null : { offeringId: stored.id, ...next };
}

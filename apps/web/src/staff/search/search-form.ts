import type { OfferingSearchFilter, OfferingSort } from '../../gql/schema-types';
import type { FieldProblem } from '../../shared/ui/error-summary';
import { parseDecimal, postcodeDigits } from '../new-request/request-form';

/** The search as typed; kept in the address, so a search can be shared, reloaded and gone back to. */
export interface SearchForm {
  readonly requestId: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly municipalityCode: string;
  readonly postcode: string;
  readonly maxDistanceKm: string;
  readonly withFreePlaces: boolean;
  readonly text: string;
  readonly sort: OfferingSort | '';
  readonly includeExcluded: boolean;
}

export const SEARCH_FIELD_IDS = {
  productCode: 'zoek-product',
  specialisms: 'zoek-doelgroepen',
  municipalityCode: 'zoek-gemeente',
  postcode: 'zoek-postcode',
  maxDistanceKm: 'zoek-afstand',
  withFreePlaces: 'zoek-vrij',
  text: 'zoek-naam',
  sort: 'zoek-volgorde',
  includeExcluded: 'zoek-ook-niet-passend',
} as const;

export const SEARCH_MESSAGES = {
  postcodeInvalid: 'Vul een postcode in van 4 cijfers, bijvoorbeeld 1211.',
  distanceInvalid: 'Vul een afstand in van 0,1 tot 300 kilometer, of laat het veld leeg.',
  distanceNeedsPostcode: 'Vul ook een postcode in: de afstand wordt vanaf die postcode gemeten.',
  distanceSortNeedsPostcode: 'Vul een postcode in om op afstand te sorteren.',
};

const PARAM = {
  requestId: 'aanvraag',
  productCode: 'product',
  specialisms: 'doelgroep',
  municipalityCode: 'gemeente',
  postcode: 'postcode',
  maxDistanceKm: 'afstand',
  withFreePlaces: 'vrij',
  text: 'naam',
  sort: 'volgorde',
  includeExcluded: 'alles',
} as const;

const SORTS: readonly OfferingSort[] = ['SCORE', 'DISTANCE', 'WAITING_TIME', 'NAME'];
const CODE = /^[A-Z0-9_]{1,40}$/;
const ID = /^[0-9a-f]{24}$/;

export function emptySearch(): SearchForm {
  return {
    requestId: '',
    productCode: '',
    specialisms: [],
    municipalityCode: '',
    postcode: '',
    maxDistanceKm: '',
    withFreePlaces: false,
    text: '',
    sort: '',
    includeExcluded: false,
  };
}

/** Reads a search from the address; values that cannot be right are dropped. */
export function searchFromParams(params: URLSearchParams): SearchForm {
  const get = (key: keyof typeof PARAM) => params.get(PARAM[key]) ?? '';
  const code = (value: string) => (CODE.test(value) ? value : '');
  const sort = get('sort');
  return {
    requestId: ID.test(get('requestId')) ? get('requestId') : '',
    productCode: code(get('productCode')),
    specialisms: params.getAll(PARAM.specialisms).filter((value) => CODE.test(value)),
    municipalityCode: code(get('municipalityCode')),
    postcode: get('postcode').slice(0, 7),
    maxDistanceKm: get('maxDistanceKm').slice(0, 6),
    withFreePlaces: get('withFreePlaces') === '1',
    text: get('text').slice(0, 100),
    sort: SORTS.find((s) => s === sort) ?? '',
    includeExcluded: get('includeExcluded') === '1',
  };
}

export function paramsFromSearch(form: SearchForm): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: keyof typeof PARAM, value: string) => {
    if (value.trim()) params.set(PARAM[key], value.trim());
  };
  put('requestId', form.requestId);
  if (!form.requestId) {
    put('productCode', form.productCode);
    put('municipalityCode', form.municipalityCode);
    put('postcode', form.postcode);
    put('maxDistanceKm', form.maxDistanceKm);
  }
  for (const specialism of form.specialisms) params.append(PARAM.specialisms, specialism);
  if (form.withFreePlaces) params.set(PARAM.withFreePlaces, '1');
  put('text', form.text);
  put('sort', form.sort);
  if (form.requestId && form.includeExcluded) params.set(PARAM.includeExcluded, '1');
  return params;
}

/**
 * The api's filter. For a request, the request itself says product, municipality, place and
 * distance (exactly as its shortlist); the search narrows it with target groups, free places
 * and a name.
 */
export function toSearchFilter(form: SearchForm): OfferingSearchFilter {
  const shared = {
    specialisms: form.specialisms.length > 0 ? [...form.specialisms] : null,
    withFreePlaces: form.withFreePlaces || null,
    text: form.text.trim() || null,
  };
  if (form.requestId) {
    return { requestId: form.requestId, includeExcluded: form.includeExcluded, ...shared };
  }
  return {
    productCode: form.productCode || null,
    municipalityCode: form.municipalityCode || null,
    postcode: form.postcode.trim() ? (postcodeDigits(form.postcode) ?? form.postcode.trim()) : null,
    maxDistanceKm: parseDecimal(form.maxDistanceKm),
    ...shared,
  };
}

export function validateSearch(form: SearchForm): FieldProblem[] {
  if (form.requestId) return [];
  const problems: FieldProblem[] = [];
  const postcode = form.postcode.trim();
  if (postcode && !postcodeDigits(postcode)) {
    problems.push({ inputId: SEARCH_FIELD_IDS.postcode, message: SEARCH_MESSAGES.postcodeInvalid });
  }
  const distance = parseDecimal(form.maxDistanceKm);
  if (distance !== null && !(distance >= 0.1 && distance <= 300)) {
    problems.push({
      inputId: SEARCH_FIELD_IDS.maxDistanceKm,
      message: SEARCH_MESSAGES.distanceInvalid,
    });
  } else if (distance !== null && !postcode) {
    problems.push({
      inputId: SEARCH_FIELD_IDS.maxDistanceKm,
      message: SEARCH_MESSAGES.distanceNeedsPostcode,
    });
  }
  if (form.sort === 'DISTANCE' && !postcode) {
    problems.push({
      inputId: SEARCH_FIELD_IDS.sort,
      message: SEARCH_MESSAGES.distanceSortNeedsPostcode,
    });
  }
  return problems;
}

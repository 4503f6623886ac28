import type { RequestStatus, Urgency } from '../../gql/schema-types';
import { REQUEST_STATUS_LABELS, URGENCY_LABELS } from '../../shared/labels';

/** The list's filters, kept in the address (?status=OPEN&product=…), so back and reload keep them. */
export interface ListFilter {
  readonly status?: RequestStatus;
  readonly productCode?: string;
  readonly municipalityCode?: string;
  readonly urgency?: Urgency;
}

const PARAM = {
  status: 'status',
  productCode: 'product',
  municipalityCode: 'gemeente',
  urgency: 'urgentie',
} as const;

const STATUSES = Object.keys(REQUEST_STATUS_LABELS) as RequestStatus[];
const URGENCIES = Object.keys(URGENCY_LABELS) as Urgency[];
const CODE = /^[A-Z0-9_]{1,40}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

function code(value: string | null): string | undefined {
  return value && CODE.test(value) ? value : undefined;
}

/** Reads the filters from the address; anything unknown is ignored rather than sent. */
export function filterFromParams(params: URLSearchParams): ListFilter {
  return withoutEmpty({
    status: oneOf(params.get(PARAM.status), STATUSES),
    productCode: code(params.get(PARAM.productCode)),
    municipalityCode: code(params.get(PARAM.municipalityCode)),
    urgency: oneOf(params.get(PARAM.urgency), URGENCIES),
  });
}

export function paramsFromFilter(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof ListFilter)[]) {
    const value = filter[key];
    if (value) params.set(PARAM[key], value);
  }
  return params;
}

/** The same filter always gives the same key (paging starts again when it changes). */
export function filterKey(filter: ListFilter): string {
  return paramsFromFilter(filter).toString();
}

export function hasFilters(filter: ListFilter): boolean {
  return filterKey(filter) !== '';
}

function withoutEmpty(filter: ListFilter): ListFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined),
  ) as ListFilter;
}

export const REQUEST_STATUSES = STATUSES;
export const REQUEST_URGENCIES = URGENCIES;

import type { ExclusionCode, MatchableOffering, MatchableRequest } from './matching.types';

/** The exclusion codes a single offering can fail on (NOT_IN_TOP is decided by the shortlist). */
export type HardFilterCode = Exclude<ExclusionCode, 'NOT_IN_TOP'>;

/** A hard filter's verdict: null when the offering passes, otherwise the code it fails on. */
export type FilterResult = HardFilterCode | null;

/** Places that can be offered now: free minus held, never negative. */
export function offerableNow(offering: MatchableOffering): number {
  return Math.max(0, offering.freePlaces - offering.heldPlaces);
}

export function productFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return offering.productCode === request.productCode ? null : 'PRODUCT';
}

/** The offering has every one of these specialisms. */
export function hasSpecialisms(offering: MatchableOffering, required: readonly string[]): boolean {
  for (const specialism of required) {
    if (!offering.specialisms.includes(specialism)) {
      return false;
    }
  }
  return true;
}

export function specialismFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return hasSpecialisms(offering, request.specialisms) ? null : 'SPECIALISM';
}

export function municipalityFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return offering.municipalitiesServed.includes(request.municipalityCode) ? null : 'MUNICIPALITY';
}

/** Both the provider's and the resident's limit apply; `distanceKm` is the exact distance. */
export function distanceFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
): FilterResult {
  const withinProviderLimit = offering.maxTravelKm === null || distanceKm <= offering.maxTravelKm;
  const withinResidentLimit = request.maxDistanceKm === null || distanceKm <= request.maxDistanceKm;
  return withinProviderLimit && withinResidentLimit ? null : 'DISTANCE';
}

/** A waiting list is acceptable when the resident accepts one and the wait is short enough. */
export function waitingListAcceptable(
  request: MatchableRequest,
  offering: MatchableOffering,
): boolean {
  return (
    request.acceptsWaitingList &&
    (request.maxWaitingWeeks === null || offering.waitingWeeks <= request.maxWaitingWeeks)
  );
}

export function freePlaceFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return offerableNow(offering) > 0 || waitingListAcceptable(request, offering)
    ? null
    : 'NO_FREE_PLACE';
}

export function financingFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return request.financing === null || offering.financing.includes(request.financing)
    ? null
    : 'FINANCING';
}

export function languageFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  for (const language of request.requiredLanguages) {
    if (!offering.languages.includes(language)) {
      return 'LANGUAGE';
    }
  }
  return null;
}

export function strategicPartnerFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return request.excludeStrategicPartners && offering.strategicPartner ? 'STRATEGIC_PARTNER' : null;
}

export function excludedProviderFilter(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return request.excludedProviderIds.includes(offering.providerId) ||
    request.excludedOfferingIds.includes(offering.id)
    ? 'PROVIDER_EXCLUDED'
    : null;
}

/**
 * The filters before DISTANCE in EXCLUSION_CODES order. They need no distance, so most offerings
 * are rejected before any trigonometry.
 */
export function failedFilterBeforeDistance(
  request: MatchableRequest,
  offering: MatchableOffering,
): FilterResult {
  return (
    productFilter(request, offering) ??
    specialismFilter(request, offering) ??
    municipalityFilter(request, offering)
  );
}

/** DISTANCE and the filters after it, in EXCLUSION_CODES order. */
export function failedFilterFromDistance(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
): FilterResult {
  return (
    distanceFilter(request, offering, distanceKm) ??
    freePlaceFilter(request, offering) ??
    financingFilter(request, offering) ??
    languageFilter(request, offering) ??
    strategicPartnerFilter(request, offering) ??
    excludedProviderFilter(request, offering)
  );
}

import type {
  MatchableOffering,
  MatchableRequest,
  Offering,
  Provider,
  SupportRequest,
} from '@wmo/domain';
import { findPostcodeArea } from '@wmo/reference';
import { flatCopy, ownIds, sharedCode, sharedCodes } from '../shared/shared-values';

/** Joins an offering with its provider and PC4 centroid into what the engine reads. */
export function toMatchableOffering(
  offering: Offering,
  provider: Provider,
  heldPlaces = 0,
): MatchableOffering {
  return matchableOffering({
    id: offering.id,
    providerId: provider.id,
    providerName: provider.name,
    strategicPartner: provider.strategicPartner,
    languages: provider.languages,
    productCode: offering.productCode,
    specialisms: offering.specialisms,
    postcode: offering.postcode,
    municipalitiesServed: offering.municipalitiesServed,
    maxTravelKm: offering.maxTravelKm,
    freePlaces: offering.freePlaces,
    heldPlaces,
    waitingWeeks: offering.waitingWeeks,
    financing: offering.financing,
    capacityUpdatedAt: offering.capacityUpdatedAt,
  });
}

/**
 * An offering as the engine reads it, its location from the PC4. Every copy is made here, in
 * one property order, so the engine sees one object shape whatever the source, with its codes
 * shared (shared-values.ts).
 */
export function matchableOffering(fields: Omit<MatchableOffering, 'location'>): MatchableOffering {
  return {
    id: flatCopy(fields.id),
    providerId: flatCopy(fields.providerId),
    providerName: sharedCode(fields.providerName),
    strategicPartner: fields.strategicPartner,
    languages: sharedCodes(fields.languages),
    productCode: sharedCode(fields.productCode),
    specialisms: sharedCodes(fields.specialisms),
    postcode: sharedCode(fields.postcode),
    location: locationOf(fields.postcode),
    municipalitiesServed: sharedCodes(fields.municipalitiesServed),
    maxTravelKm: fields.maxTravelKm,
    freePlaces: fields.freePlaces,
    heldPlaces: fields.heldPlaces,
    waitingWeeks: fields.waitingWeeks,
    financing: sharedCodes(fields.financing),
    capacityUpdatedAt: fields.capacityUpdatedAt,
  };
}

export function toMatchableRequest(request: SupportRequest): MatchableRequest {
  return matchableRequest(request);
}

/** A request as the engine reads it (one property order, as for offerings). */
export function matchableRequest(fields: Omit<MatchableRequest, 'location'>): MatchableRequest {
  return {
    id: flatCopy(fields.id),
    municipalityCode: sharedCode(fields.municipalityCode),
    postcode: sharedCode(fields.postcode),
    location: locationOf(fields.postcode),
    productCode: sharedCode(fields.productCode),
    specialisms: sharedCodes(fields.specialisms),
    urgency: sharedCode(fields.urgency),
    maxDistanceKm: fields.maxDistanceKm,
    preferredLanguages: sharedCodes(fields.preferredLanguages),
    requiredLanguages: sharedCodes(fields.requiredLanguages),
    financing: fields.financing === null ? null : sharedCode(fields.financing),
    excludeStrategicPartners: fields.excludeStrategicPartners,
    excludedProviderIds: ownIds(fields.excludedProviderIds),
    excludedOfferingIds: ownIds(fields.excludedOfferingIds),
    acceptsWaitingList: fields.acceptsWaitingList,
    maxWaitingWeeks: fields.maxWaitingWeeks,
  };
}

/** Postcodes are validated against the reference data on input, so a miss is a bug. */
function locationOf(pc4: string) {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`postcode ${pc4} is not in the reference data`);
  return area.location;
}

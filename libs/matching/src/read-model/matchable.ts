import type {
  MatchableOffering,
  MatchableRequest,
  Offering,
  Provider,
  SupportRequest,
} from '@wmo/domain';
import { findPostcodeArea } from '@wmo/reference';

/** Joins an offering with its provider and PC4 centroid into what the engine reads. */
export function toMatchableOffering(
  offering: Offering,
  provider: Provider,
  heldPlaces = 0,
): MatchableOffering {
  return {
    id: offering.id,
    providerId: provider.id,
    providerName: provider.name,
    strategicPartner: provider.strategicPartner,
    languages: provider.languages,
    productCode: offering.productCode,
    specialisms: offering.specialisms,
    postcode: offering.postcode,
    location: locationOf(offering.postcode),
    municipalitiesServed: offering.municipalitiesServed,
    maxTravelKm: offering.maxTravelKm,
    freePlaces: offering.freePlaces,
    heldPlaces,
    waitingWeeks: offering.waitingWeeks,
    financing: offering.financing,
    capacityUpdatedAt: offering.capacityUpdatedAt,
  };
}

export function toMatchableRequest(request: SupportRequest): MatchableRequest {
  return {
    id: request.id,
    municipalityCode: request.municipalityCode,
    postcode: request.postcode,
    location: locationOf(request.postcode),
    productCode: request.productCode,
    specialisms: request.specialisms,
    urgency: request.urgency,
    maxDistanceKm: request.maxDistanceKm,
    preferredLanguages: request.preferredLanguages,
    requiredLanguages: request.requiredLanguages,
    financing: request.financing,
    excludeStrategicPartners: request.excludeStrategicPartners,
    excludedProviderIds: request.excludedProviderIds,
    excludedOfferingIds: request.excludedOfferingIds,
    acceptsWaitingList: request.acceptsWaitingList,
    maxWaitingWeeks: request.maxWaitingWeeks,
  };
}

/** Postcodes are validated against the reference data on input, so a miss is a bug. */
function locationOf(pc4: string) {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`postcode ${pc4} is not in the reference data`);
  return area.location;
}

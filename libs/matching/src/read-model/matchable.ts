import type {
  MatchableOffering,
  MatchableRequest,
  Offering,
  Provider,
  SupportRequest,
} from '@wmo/domain';
import { findPostcodeArea } from '@wmo/reference';
import { TEXT_AS_IS, type TextHolding } from '../shared/shared-values';

/** Joins an offering with its provider and PC4 centroid into what the engine reads. */
export function toMatchableOffering(
  offering: Offering,
  provider: Provider,
  heldPlaces = 0,
  text: TextHolding = TEXT_AS_IS,
): MatchableOffering {
  return matchableOffering(
    {
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
    },
    text,
  );
}

/**
 * An offering as the engine reads it, its location from the PC4. Every copy is made here, in
 * one property order, so the engine sees one object shape whatever the source; a long-lived
 * copy passes `KEPT_TEXT` to share its codes (shared-values.ts).
 */
export function matchableOffering(
  fields: Omit<MatchableOffering, 'location'>,
  text: TextHolding = TEXT_AS_IS,
): MatchableOffering {
  return {
    id: text.id(fields.id),
    providerId: text.id(fields.providerId),
    providerName: text.label(fields.providerName),
    strategicPartner: fields.strategicPartner,
    languages: text.codes(fields.languages),
    productCode: text.code(fields.productCode),
    specialisms: text.codes(fields.specialisms),
    postcode: text.code(fields.postcode),
    location: locationOf(fields.postcode),
    municipalitiesServed: text.codes(fields.municipalitiesServed),
    maxTravelKm: fields.maxTravelKm,
    freePlaces: fields.freePlaces,
    heldPlaces: fields.heldPlaces,
    waitingWeeks: fields.waitingWeeks,
    financing: text.codes(fields.financing),
    capacityUpdatedAt: fields.capacityUpdatedAt,
  };
}

export function toMatchableRequest(
  request: SupportRequest,
  text: TextHolding = TEXT_AS_IS,
): MatchableRequest {
  return matchableRequest(request, text);
}

/** A request as the engine reads it (one property order, as for offerings). */
export function matchableRequest(
  fields: Omit<MatchableRequest, 'location'>,
  text: TextHolding = TEXT_AS_IS,
): MatchableRequest {
  return {
    id: text.id(fields.id),
    municipalityCode: text.code(fields.municipalityCode),
    postcode: text.code(fields.postcode),
    location: locationOf(fields.postcode),
    productCode: text.code(fields.productCode),
    specialisms: text.codes(fields.specialisms),
    urgency: text.code(fields.urgency),
    maxDistanceKm: fields.maxDistanceKm,
    preferredLanguages: text.codes(fields.preferredLanguages),
    requiredLanguages: text.codes(fields.requiredLanguages),
    financing: fields.financing === null ? null : text.code(fields.financing),
    excludeStrategicPartners: fields.excludeStrategicPartners,
    excludedProviderIds: text.ids(fields.excludedProviderIds),
    excludedOfferingIds: text.ids(fields.excludedOfferingIds),
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

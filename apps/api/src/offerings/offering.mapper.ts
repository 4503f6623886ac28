import type { Offering } from '@wmo/domain';
import type { Financing } from '../graphql/enums';
import type { OfferingModel } from './offering.types';

export function toOfferingModel(
  offering: Offering,
  distanceKm: number | null = null,
): OfferingModel {
  return {
    id: offering.id,
    providerId: offering.providerId,
    productCode: offering.productCode,
    specialisms: [...offering.specialisms],
    postcode: offering.postcode,
    municipalitiesServed: [...offering.municipalitiesServed],
    maxTravelKm: offering.maxTravelKm,
    totalPlaces: offering.totalPlaces,
    freePlaces: offering.freePlaces,
    heldPlaces: 0,
    waitingWeeks: offering.waitingWeeks,
    financing: [...offering.financing] as Financing[],
    capacityUpdatedAt: offering.capacityUpdatedAt,
    distanceKm,
  };
}

/**
 * An offering whose capacity was reported just now. A report includes every placement made
 * before it, so none counts against it yet: its free places need no read of the holds.
 */
export function toReportedOfferingModel(offering: Offering): OfferingModel {
  return { ...toOfferingModel(offering), placedSinceReport: 0 };
}

import { Types } from 'mongoose';
import { haversineKm } from '@wmo/domain';
import { POSTCODE_AREAS } from '@wmo/reference';
import type { OfferingDocument } from '../../persistence/src/offerings/offering.schema';
import type { ProviderDocument } from '../../persistence/src/providers/provider.schema';
import type { SupportRequestDocument } from '../../persistence/src/requests/support-request.schema';
import type { SyntheticDataset } from './synthetic-data';
import type { Geography } from './geography';

/** The dataset as the collections providers, offerings and supportRequests hold it. */
export interface SyntheticDocuments {
  readonly providers: ProviderDocument[];
  readonly offerings: OfferingDocument[];
  readonly supportRequests: SupportRequestDocument[];
}

// A staff user that does not exist: nothing in matching reads it.
const CREATED_BY = new Types.ObjectId('000000000000000000000001');
const MISMATCH_REASONS = [
  'Strategische partner heeft geen plek binnen de gewenste termijn',
  'Inwoner heeft een specifieke doelgroepbegeleiding nodig',
  'Eerdere begeleiding door de strategische partner is vastgelopen',
];

/**
 * Documents exactly as the schemas define them (ObjectIds, Dates, defaults written out), for
 * inserting with the driver. `postcodeFor` maps each synthetic PC4 to the PC4 stored.
 */
export function toDocuments(
  dataset: SyntheticDataset,
  postcodeFor: (pc4: string) => string = (pc4) => pc4,
): SyntheticDocuments {
  const providers = dataset.providers.map((provider) => ({
    _id: new Types.ObjectId(provider.id),
    name: provider.name,
    strategicPartner: provider.strategicPartner,
    languages: [...provider.languages],
    kvkNumber: null,
    agbCode: null,
    createdAt: provider.createdAt,
  }));
  const offerings = dataset.offerings.map((offering) => ({
    _id: new Types.ObjectId(offering.id),
    providerId: new Types.ObjectId(offering.providerId),
    productCode: offering.productCode,
    specialisms: [...offering.specialisms],
    postcode: postcodeFor(offering.postcode),
    municipalitiesServed: [...offering.municipalitiesServed],
    maxTravelKm: offering.maxTravelKm,
    totalPlaces: offering.totalPlaces,
    freePlaces: offering.freePlaces,
    waitingWeeks: offering.waitingWeeks,
    financing: [...offering.financing],
    capacityUpdatedAt: offering.capacityUpdatedAt,
    createdAt: offering.createdAt,
  }));
  const supportRequests = dataset.requests.map((request, index): SupportRequestDocument => ({
    _id: new Types.ObjectId(request.id),
    reference: request.reference,
    status: 'OPEN',
    municipalityCode: request.municipalityCode,
    postcode: postcodeFor(request.postcode),
    productCode: request.productCode,
    specialisms: [...request.specialisms],
    urgency: request.urgency,
    maxDistanceKm: request.maxDistanceKm,
    preferredLanguages: [...request.preferredLanguages],
    requiredLanguages: [...request.requiredLanguages],
    financing: request.financing,
    strategicPartnerMismatch: MISMATCH_REASONS[index % MISMATCH_REASONS.length] ?? '',
    excludeStrategicPartners: request.excludeStrategicPartners,
    excludedProviderIds: request.excludedProviderIds.map((id) => new Types.ObjectId(id)),
    excludedOfferingIds: [...request.excludedOfferingIds],
    preferredOfferingId: null,
    acceptsWaitingList: request.acceptsWaitingList,
    maxWaitingWeeks: request.maxWaitingWeeks,
    createdByUserId: CREATED_BY,
    createdAt: request.createdAt,
    updatedAt: request.createdAt,
  }));
  return { providers, offerings, supportRequests };
}

/**
 * The apps resolve every PC4 through libs/reference, which holds only the region's. To run the
 * national set through them, each synthetic PC4 is stored as the reference PC4 nearest to its
 * position after scaling the country's bounding box onto the region's: relative positions
 * survive, distances shrink about twelvefold. Municipality codes are kept.
 */
export function squeezeIntoRegion(geography: Geography): (pc4: string) => string {
  const points = geography.offeringPc4s;
  const box = (values: readonly number[]) => ({
    min: Math.min(...values),
    max: Math.max(...values),
  });
  const fromLat = box(points.map((point) => point.location.lat));
  const fromLon = box(points.map((point) => point.location.lon));
  const toLat = box(POSTCODE_AREAS.map((area) => area.location.lat));
  const toLon = box(POSTCODE_AREAS.map((area) => area.location.lon));
  const scale = (value: number, from: { min: number; max: number }, to: typeof from) =>
    to.min + ((value - from.min) / (from.max - from.min || 1)) * (to.max - to.min);
  const mapped = new Map<string, string>();
  for (const point of points) {
    const target = {
      lat: scale(point.location.lat, fromLat, toLat),
      lon: scale(point.location.lon, fromLon, toLon),
    };
    let best = POSTCODE_AREAS[0];
    for (const area of POSTCODE_AREAS) {
      if (best && haversineKm(target, area.location) < haversineKm(target, best.location)) {
        best = area;
      }
    }
    mapped.set(point.pc4, best?.pc4 ?? point.pc4);
  }
  return (pc4) => mapped.get(pc4) ?? pc4;
}

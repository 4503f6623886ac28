import { EARTH_RADIUS_KM } from '../../geo/haversine';
import type { GeoPoint } from '../../types';
import { DEFAULT_MATCHING_POLICY } from '../default-policy';
import type {
  MatchableOffering,
  MatchableRequest,
  MatchingPolicy,
  MatchingWeights,
} from '../matching.types';

/** A fixed "now" so capacity ages are exact in tests. */
export const TEST_NOW = new Date('2026-03-02T09:00:00.000Z');

/** Centroid of PC4 1211 (Hilversum centre). */
export const HILVERSUM_1211: GeoPoint = { lat: 52.2235, lon: 5.1752 };

const KM_PER_DEGREE_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** A point exactly `km` north of `origin` (along a meridian the haversine distance is exact). */
export function kmNorthOf(origin: GeoPoint, km: number): GeoPoint {
  return { lat: origin.lat + km / KM_PER_DEGREE_LATITUDE, lon: origin.lon };
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * 24 * 60 * 60 * 1000);
}

let offeringSequence = 0;

/** A request in Hilversum for regular guidance with no preferences: every offering can fit it. */
export function aRequest(overrides: Partial<MatchableRequest> = {}): MatchableRequest {
  return {
    id: 'request-1',
    municipalityCode: 'GM0402',
    postcode: '1211',
    location: HILVERSUM_1211,
    productCode: 'BEG_REGULIER',
    specialisms: [],
    urgency: 'ROUTINE',
    maxDistanceKm: null,
    preferredLanguages: [],
    requiredLanguages: [],
    financing: null,
    excludeStrategicPartners: true,
    excludedProviderIds: [],
    excludedOfferingIds: [],
    acceptsWaitingList: false,
    maxWaitingWeeks: null,
    ...overrides,
  };
}

/** An offering, 2 km from `aRequest()`, that passes every hard filter for it; own provider. */
export function anOffering(overrides: Partial<MatchableOffering> = {}): MatchableOffering {
  offeringSequence += 1;
  return {
    id: `offering-${offeringSequence}`,
    providerId: `provider-${offeringSequence}`,
    providerName: `Aanbieder ${offeringSequence}`,
    strategicPartner: false,
    languages: ['nl'],
    productCode: 'BEG_REGULIER',
    specialisms: [],
    postcode: '1222',
    location: kmNorthOf(HILVERSUM_1211, 2),
    municipalitiesServed: ['GM0402'],
    maxTravelKm: null,
    freePlaces: 2,
    heldPlaces: 0,
    waitingWeeks: 0,
    financing: ['ZIN', 'PGB'],
    capacityUpdatedAt: daysBefore(TEST_NOW, 1),
    ...overrides,
  };
}

type PolicyOverrides = Partial<Omit<MatchingPolicy, 'weights'>> & {
  readonly weights?: Partial<MatchingWeights>;
};

/** The default policy with some fields changed; weights are merged, not replaced. */
export function aPolicy(overrides: PolicyOverrides = {}): MatchingPolicy {
  return {
    ...DEFAULT_MATCHING_POLICY,
    ...overrides,
    weights: { ...DEFAULT_MATCHING_POLICY.weights, ...overrides.weights },
  };
}

/** A policy where only the given weights count, to test one component at a time. */
export function onlyWeights(weights: Partial<MatchingWeights>): MatchingPolicy {
  return aPolicy({
    weights: {
      distance: 0,
      waitingTime: 0,
      specialismDepth: 0,
      language: 0,
      capacityHeadroom: 0,
      freshness: 0,
      ...weights,
    },
  });
}

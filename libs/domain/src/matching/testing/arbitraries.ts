import fc from 'fast-check';
import { FINANCING_FORMS, URGENCIES, type GeoPoint } from '../../types';
import { DEFAULT_MATCHING_POLICY } from '../default-policy';
import type { MatchableOffering, MatchableRequest, MatchingPolicy } from '../matching.types';
import { anOffering, aRequest, daysBefore, TEST_NOW } from './factories';

// Small vocabularies and biased choices, so that random offerings often fit a random request.
export const PRODUCTS = ['BEG_REGULIER', 'BEG_REGULIER', 'BEG_REGULIER', 'HBH'];
export const SPECIALISMS = ['NAH', 'GGZ', 'LVB', 'AUTISME'];
export const MUNICIPALITIES = ['GM0402', 'GM0406', 'GM1696'];
const LANGUAGES = ['nl', 'tr', 'ar', 'en'];
const PROVIDERS = ['p1', 'p2', 'p3', 'p4', 'p5'];

export const pointInRegion: fc.Arbitrary<GeoPoint> = fc.record({
  lat: fc.double({ min: 52.1, max: 52.35, noNaN: true }),
  lon: fc.double({ min: 5.0, max: 5.4, noNaN: true }),
});

export const offeringsArb: fc.Arbitrary<MatchableOffering[]> = fc
  .array(
    fc.record({
      providerId: fc.constantFrom(...PROVIDERS),
      strategicPartner: fc.constantFrom(false, false, false, true),
      languages: fc.subarray(LANGUAGES),
      productCode: fc.constantFrom(...PRODUCTS),
      specialisms: fc.subarray(SPECIALISMS),
      location: pointInRegion,
      municipalitiesServed: fc.oneof(
        fc.constant(MUNICIPALITIES),
        fc.subarray(MUNICIPALITIES, { minLength: 1 }),
      ),
      maxTravelKm: fc.option(fc.integer({ min: 3, max: 40 }), { nil: null, freq: 2 }),
      freePlaces: fc.integer({ min: 0, max: 4 }),
      heldPlaces: fc.integer({ min: 0, max: 3 }),
      waitingWeeks: fc.integer({ min: 0, max: 20 }),
      financing: fc.subarray([...FINANCING_FORMS], { minLength: 1 }),
      ageDays: fc.double({ min: 0, max: 60, noNaN: true }),
    }),
    { minLength: 1, maxLength: 40, size: 'max' },
  )
  .map((rows) =>
    rows.map(({ ageDays, ...fields }, index) =>
      anOffering({
        ...fields,
        id: `o${String(index).padStart(3, '0')}`,
        providerName: `Aanbieder ${fields.providerId}`,
        capacityUpdatedAt: daysBefore(TEST_NOW, ageDays),
      }),
    ),
  );

export const requestArb: fc.Arbitrary<MatchableRequest> = fc
  .record({
    municipalityCode: fc.constantFrom(...MUNICIPALITIES),
    location: pointInRegion,
    productCode: fc.constantFrom(...PRODUCTS),
    specialisms: fc.oneof(fc.constant([]), fc.subarray(SPECIALISMS, { maxLength: 2 })),
    urgency: fc.constantFrom(...URGENCIES),
    maxDistanceKm: fc.option(fc.integer({ min: 3, max: 40 }), { nil: null, freq: 2 }),
    preferredLanguages: fc.subarray(LANGUAGES, { maxLength: 2 }),
    requiredLanguages: fc.oneof(fc.constant([]), fc.subarray(LANGUAGES, { maxLength: 1 })),
    financing: fc.option(fc.constantFrom(...FINANCING_FORMS), { nil: null }),
    excludeStrategicPartners: fc.boolean(),
    excludedProviderIds: fc.subarray(PROVIDERS, { maxLength: 1 }),
    acceptsWaitingList: fc.boolean(),
    maxWaitingWeeks: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  })
  .map((fields) => aRequest(fields));

export const policyArb: fc.Arbitrary<MatchingPolicy> = fc.oneof(
  fc.constant(DEFAULT_MATCHING_POLICY),
  fc.record({
    weights: fc.record({
      distance: fc.integer({ min: 0, max: 40 }),
      waitingTime: fc.integer({ min: 0, max: 40 }),
      specialismDepth: fc.integer({ min: 0, max: 40 }),
      language: fc.integer({ min: 0, max: 40 }),
      capacityHeadroom: fc.integer({ min: 0, max: 40 }),
      freshness: fc.integer({ min: 0, max: 40 }),
    }),
    distanceHalfLifeKm: fc.double({ min: 0.5, max: 20, noNaN: true }),
    waitingHalfLifeWeeks: fc.double({ min: 0.5, max: 10, noNaN: true }),
    staleAfterDays: fc.integer({ min: 1, max: 30 }),
    shortlistSize: fc.integer({ min: 1, max: 8 }),
    maxOptionsPerProvider: fc.integer({ min: 1, max: 3 }),
  }),
);

export const scenario = fc.record({
  request: requestArb,
  offerings: offeringsArb,
  policy: policyArb,
});

import {
  CandidateIndex,
  DEFAULT_MATCHING_POLICY,
  rankOfferings,
  type MatchableOffering,
  type SupportRequest,
} from '@wmo/domain';
import { anOffering } from '../../../domain/src/matching/testing/factories';
import type { OfferingCache } from '../read-model/offering-cache';
import type { OfferingCatalog } from '../read-model/offering-catalog';
import type { PolicyBook } from '../read-model/policy-book';
import { toMatchableRequest } from '../read-model/matchable';
import { WhyNotCounts } from './why-not-counts';

// Nest 12 ships ES modules that this jest setup does not load: the service's framework and its
// injected classes are replaced by stand-ins (the instances below are built by hand).
jest.mock('@nestjs/common', () => ({
  Injectable: () => () => undefined,
  Logger: class {
    warn(): void {}
  },
}));
jest.mock('../read-model/offering-cache', () => ({ OfferingCache: class {} }));
jest.mock('../read-model/offering-catalog', () => ({ OfferingCatalog: class {} }));
jest.mock('../read-model/policy-book', () => ({ PolicyBook: class {} }));

const NOW = new Date('2026-03-02T09:00:00.000Z');

const request: SupportRequest = {
  id: '65a0000000000000000000a1',
  reference: 'HV-1',
  status: 'OPEN',
  municipalityCode: 'GM0402',
  postcode: '1211',
  productCode: 'BEG_REGULIER',
  specialisms: [],
  urgency: 'SOON',
  maxDistanceKm: null,
  preferredLanguages: [],
  requiredLanguages: [],
  financing: 'PGB',
  strategicPartnerMismatch: '',
  excludeStrategicPartners: true,
  excludedProviderIds: [],
  excludedOfferingIds: [],
  preferredOfferingId: null,
  acceptsWaitingList: false,
  maxWaitingWeeks: null,
  createdByUserId: 'u1',
  createdAt: NOW,
  updatedAt: NOW,
};

const offerings: MatchableOffering[] = [
  anOffering({ financing: ['ZIN'] }),
  anOffering({ freePlaces: 0 }),
  anOffering({ municipalitiesServed: ['GM0406'] }),
  anOffering(),
];

/** WhyNotCounts over in-memory stand-ins; `redisUp` decides whether the stream copy can sync. */
function whyNotCounts(redisUp: boolean, copy = offeringCopy()) {
  const cache = {
    sync: () => (redisUp ? Promise.resolve() : Promise.reject(new Error('Redis is away'))),
    rank: (...args: Parameters<CandidateIndex['rank']>) => {
      copy.ranked += 1;
      return copy.index.rank(...args);
    },
    get version() {
      return copy.version;
    },
  } as unknown as OfferingCache;
  const catalog = { find: () => Promise.resolve(offerings) } as unknown as OfferingCatalog;
  const policies = {
    policyFor: () =>
      redisUp ? Promise.resolve(DEFAULT_MATCHING_POLICY) : Promise.reject(new Error('away')),
    storedPolicyFor: () => Promise.resolve(DEFAULT_MATCHING_POLICY),
  } as unknown as PolicyBook;
  return new WhyNotCounts(cache, catalog, policies);
}

/** The offering copy behind the stand-in: its index, its version and how often it ranked. */
function offeringCopy() {
  const index = new CandidateIndex();
  for (const offering of offerings) index.put(offering);
  return { index, version: 1, ranked: 0 };
}

describe('WhyNotCounts', () => {
  const expected = rankOfferings(
    toMatchableRequest(request),
    offerings,
    DEFAULT_MATCHING_POLICY,
    NOW,
  ).exclusions;

  it('counts as the engine ranks the request against the offerings of its product', async () => {
    const counts = await whyNotCounts(true).of(request, NOW);
    expect(counts).toEqual(expected);
    expect(counts.find((count) => count.code === 'FINANCING')?.count).toBe(1);
  });

  it('counts just as exactly from the database when Redis is away', async () => {
    expect(await whyNotCounts(false).of(request, NOW)).toEqual(expected);
  });

  it('counts a request once until it, the offerings or the policy change', async () => {
    const copy = offeringCopy();
    const counts = whyNotCounts(true, copy);
    expect(await counts.of(request, NOW)).toEqual(expected);
    expect(await counts.of(request, NOW)).toEqual(expected);
    expect(copy.ranked).toBe(1);

    // A changed request is a new object (the request cache replaces it): counted again.
    const changed = { ...request, financing: 'ZIN' as const };
    expect(await counts.of(changed, NOW)).toEqual(
      rankOfferings(toMatchableRequest(changed), offerings, DEFAULT_MATCHING_POLICY, NOW)
        .exclusions,
    );
    expect(copy.ranked).toBe(2);

    // An offering change moves the copy's version: counted again, from the changed offerings.
    copy.index.put(anOffering({ financing: ['ZIN'] }));
    copy.version += 1;
    const afterChange = await counts.of(request, NOW);
    expect(copy.ranked).toBe(3);
    expect(afterChange.find((count) => count.code === 'FINANCING')?.count).toBe(2);
  });
});

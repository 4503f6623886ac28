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
function whyNotCounts(redisUp: boolean) {
  const index = new CandidateIndex();
  for (const offering of offerings) index.put(offering);
  const cache = {
    sync: () => (redisUp ? Promise.resolve() : Promise.reject(new Error('Redis is away'))),
    rank: (...args: Parameters<CandidateIndex['rank']>) => index.rank(...args),
  } as unknown as OfferingCache;
  const catalog = { find: () => Promise.resolve(offerings) } as unknown as OfferingCatalog;
  const policies = {
    policyFor: () =>
      redisUp ? Promise.resolve(DEFAULT_MATCHING_POLICY) : Promise.reject(new Error('away')),
    storedPolicyFor: () => Promise.resolve(DEFAULT_MATCHING_POLICY),
  } as unknown as PolicyBook;
  return new WhyNotCounts(cache, catalog, policies);
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
});

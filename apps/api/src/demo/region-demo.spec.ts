import { DEMO_GAP, REGION_DEMO, regionDemoDocuments } from './region-demo';

const AS_OF = new Date('2026-12-02T08:00:00Z');
const STAFF = { staffUserId: '0000000000000000000000aa' };
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the region demo', () => {
  const documents = regionDemoDocuments(AS_OF, STAFF);

  it('is the same data every time (seeded)', () => {
    const again = regionDemoDocuments(AS_OF, STAFF);
    expect(JSON.stringify(again)).toBe(JSON.stringify(documents));
  });

  it('has the size of the region, with household help the largest product as in 2024', () => {
    expect(documents.supportRequests).toHaveLength(REGION_DEMO.requests);
    expect(documents.offerings).toHaveLength(REGION_DEMO.offerings);
    const perProduct = new Map<string, number>();
    for (const request of documents.supportRequests) {
      perProduct.set(request.productCode, (perProduct.get(request.productCode) ?? 0) + 1);
    }
    const ranked = [...perProduct.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 3)).toEqual(['HBH', 'BEG_REGULIER', 'BEG_SPECIALISTISCH']);
    expect(perProduct.get('BEG_SPECIFIEKE_DOELGROEPEN')).toBeGreaterThan(0);
    expect(perProduct.get('DB_SPECIALISTISCH')).toBeGreaterThan(0);
  });

  it('has referrals that ended in every way, each matching its request', () => {
    const statuses = new Set(documents.referrals.map((referral) => referral.status));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN']);
    const requests = new Map(documents.supportRequests.map((r) => [r._id.toHexString(), r]));
    for (const referral of documents.referrals) {
      const request = requests.get(referral.requestId.toHexString());
      expect(request?.status).toBe(referral.status === 'ACCEPTED' ? 'PLACED' : 'OPEN');
      expect(referral.createdAt.getTime()).toBeGreaterThanOrEqual(
        request?.createdAt.getTime() ?? 0,
      );
      expect(referral.createdAt.getTime()).toBeLessThanOrEqual(AS_OF.getTime());
      if (referral.status === 'DECLINED') {
        expect(request?.excludedOfferingIds).toContain(referral.offeringId.toHexString());
      }
    }
    expect(documents.openReferrals).toHaveLength(
      documents.referrals.filter((referral) => referral.status === 'ACCEPTED').length,
    );
    expect(documents.referralTransitions).toHaveLength(2 * documents.referrals.length);
  });

  it('has stale capacity reports and a real gap', () => {
    const stale = documents.offerings.filter(
      (offering) => AS_OF.getTime() - offering.capacityUpdatedAt.getTime() > 14 * DAY_MS,
    );
    expect(stale.length).toBeGreaterThan(10);
    const gapOfferings = documents.offerings.filter(
      (offering) =>
        (DEMO_GAP.productCodes as readonly string[]).includes(offering.productCode) &&
        offering.municipalitiesServed.includes(DEMO_GAP.municipalityCode),
    );
    expect(gapOfferings).toEqual([]);
    const gapRequests = documents.supportRequests.filter(
      (request) =>
        (DEMO_GAP.productCodes as readonly string[]).includes(request.productCode) &&
        request.municipalityCode === DEMO_GAP.municipalityCode,
    );
    expect(gapRequests.length).toBeGreaterThan(0);
  });
});

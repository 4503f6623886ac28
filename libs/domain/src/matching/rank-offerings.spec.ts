import { evaluateOffering } from './evaluate-offering';
import { EXCLUSION_CODES, type RankedShortlist } from './matching.types';
import { crisisWaitingListRequest } from './crisis-fallback';
import { rankOfferings } from './rank-offerings';
import {
  anOffering,
  aPolicy,
  aRequest,
  daysBefore,
  HILVERSUM_1211,
  kmNorthOf,
  onlyWeights,
  TEST_NOW,
} from './testing/factories';

const policy = aPolicy();

function ids(shortlist: RankedShortlist): string[] {
  return shortlist.options.map((option) => option.offeringId);
}

function countOf(shortlist: RankedShortlist, code: string): number | undefined {
  return shortlist.exclusions.find((exclusion) => exclusion.code === code)?.count;
}

describe('rankOfferings', () => {
  it('ranks nearer offerings first and numbers the options from 1', () => {
    const far = anOffering({ id: 'far', location: kmNorthOf(HILVERSUM_1211, 9) });
    const near = anOffering({ id: 'near', location: kmNorthOf(HILVERSUM_1211, 1) });
    const middle = anOffering({ id: 'middle', location: kmNorthOf(HILVERSUM_1211, 4) });
    const shortlist = rankOfferings(aRequest(), [far, near, middle], policy, TEST_NOW);
    expect(ids(shortlist)).toEqual(['near', 'middle', 'far']);
    expect(shortlist.options.map((option) => option.rank)).toEqual([1, 2, 3]);
    expect(shortlist.options[0]).toMatchObject({
      distanceKm: 1,
      waitingList: false,
      freePlaces: 2,
    });
  });

  it('explains each option with reasons whose points add up to its score', () => {
    const shortlist = rankOfferings(aRequest(), [anOffering()], policy, TEST_NOW);
    const [option] = shortlist.options;
    const total = option?.reasons.reduce((sum, reason) => sum + reason.points, 0) ?? Number.NaN;
    expect(Math.round(total * 10) / 10).toBe(option?.score);
    expect(option?.reasons.map((reason) => reason.code)).toEqual([
      'DISTANCE',
      'WAITING_TIME',
      'SPECIALISM_DEPTH',
      'LANGUAGE',
      'CAPACITY_HEADROOM',
      'FRESHNESS',
    ]);
  });

  it('shows the top 5 and counts the rest as NOT_IN_TOP', () => {
    const offerings = Array.from({ length: 8 }, (_, index) =>
      anOffering({ id: `o${index}`, location: kmNorthOf(HILVERSUM_1211, index + 1) }),
    );
    const shortlist = rankOfferings(aRequest(), offerings, policy, TEST_NOW);
    expect(ids(shortlist)).toEqual(['o0', 'o1', 'o2', 'o3', 'o4']);
    expect(countOf(shortlist, 'NOT_IN_TOP')).toBe(3);
  });

  it('shows at most 2 options per provider and fills up with other providers', () => {
    const offerings = [
      anOffering({ id: 'a1', providerId: 'a', location: kmNorthOf(HILVERSUM_1211, 1) }),
      anOffering({ id: 'a2', providerId: 'a', location: kmNorthOf(HILVERSUM_1211, 2) }),
      anOffering({ id: 'a3', providerId: 'a', location: kmNorthOf(HILVERSUM_1211, 3) }),
      anOffering({ id: 'b1', providerId: 'b', location: kmNorthOf(HILVERSUM_1211, 8) }),
    ];
    const shortlist = rankOfferings(aRequest(), offerings, policy, TEST_NOW);
    expect(ids(shortlist)).toEqual(['a1', 'a2', 'b1']);
    expect(countOf(shortlist, 'NOT_IN_TOP')).toBe(1);
  });

  it('counts every excluded offering under the first filter it fails, zero counts included', () => {
    const offerings = [
      anOffering({ productCode: 'HBH' }),
      anOffering({ productCode: 'HBH', municipalitiesServed: [] }),
      anOffering({ municipalitiesServed: ['GM0406'] }),
      anOffering({ freePlaces: 1, heldPlaces: 1 }),
      anOffering({ strategicPartner: true }),
      anOffering(),
    ];
    const shortlist = rankOfferings(aRequest(), offerings, policy, TEST_NOW);
    expect(shortlist.exclusions.map((exclusion) => exclusion.code)).toEqual([...EXCLUSION_CODES]);
    expect(Object.fromEntries(shortlist.exclusions.map((e) => [e.code, e.count]))).toEqual({
      PRODUCT: 2,
      SPECIALISM: 0,
      MUNICIPALITY: 1,
      DISTANCE: 0,
      NO_FREE_PLACE: 1,
      FINANCING: 0,
      LANGUAGE: 0,
      STRATEGIC_PARTNER: 1,
      PROVIDER_EXCLUDED: 0,
      NOT_IN_TOP: 0,
    });
    expect(shortlist.exclusions.every((exclusion) => exclusion.label.length > 0)).toBe(true);
    expect(shortlist.options).toHaveLength(1);
    expect(shortlist.consideredCount).toBe(6);
  });

  it('drops an offering from the shortlist when its last place is put on hold', () => {
    const offering = anOffering({ id: 'last-place', freePlaces: 1 });
    expect(ids(rankOfferings(aRequest(), [offering], policy, TEST_NOW))).toEqual(['last-place']);
    const held = { ...offering, heldPlaces: 1 };
    expect(ids(rankOfferings(aRequest(), [held], policy, TEST_NOW))).toEqual([]);
  });

  describe('tie-breaking', () => {
    const scoresOnlyLanguage = onlyWeights({ language: 10 });

    it('puts the nearer option first when scores are equal', () => {
      const offerings = [
        anOffering({ id: 'a', location: kmNorthOf(HILVERSUM_1211, 3) }),
        anOffering({ id: 'b', location: kmNorthOf(HILVERSUM_1211, 2) }),
      ];
      expect(ids(rankOfferings(aRequest(), offerings, scoresOnlyLanguage, TEST_NOW))).toEqual([
        'b',
        'a',
      ]);
    });

    it('then the shorter waiting time, then the offering id', () => {
      const offerings = [
        anOffering({ id: 'c', waitingWeeks: 1 }),
        anOffering({ id: 'b', waitingWeeks: 2 }),
        anOffering({ id: 'a', waitingWeeks: 2 }),
      ];
      expect(ids(rankOfferings(aRequest(), offerings, scoresOnlyLanguage, TEST_NOW))).toEqual([
        'c',
        'a',
        'b',
      ]);
    });
  });

  describe('waiting lists', () => {
    it('ranks waiting-list options below options with a free place, whatever their score', () => {
      const request = aRequest({ acceptsWaitingList: true });
      const offerings = [
        anOffering({ id: 'full-near', freePlaces: 0, location: kmNorthOf(HILVERSUM_1211, 0.5) }),
        anOffering({ id: 'free-far', freePlaces: 1, location: kmNorthOf(HILVERSUM_1211, 12) }),
      ];
      const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
      expect(ids(shortlist)).toEqual(['free-far', 'full-near']);
      expect(shortlist.options.map((option) => option.waitingList)).toEqual([false, true]);
      expect(shortlist.options[1]?.score).toBeGreaterThan(shortlist.options[0]?.score ?? 0);
    });

    it('gives a CRISIS request waiting-list options when no offering has a free place', () => {
      const offerings = [
        anOffering({ id: 'wait-6', freePlaces: 0, waitingWeeks: 6 }),
        anOffering({ id: 'wait-2', freePlaces: 2, heldPlaces: 2, waitingWeeks: 2 }),
        anOffering({ id: 'other-product', productCode: 'HBH' }),
      ];
      const crisis = aRequest({ urgency: 'CRISIS' });
      const shortlist = rankOfferings(crisis, offerings, policy, TEST_NOW);
      expect(ids(shortlist)).toEqual(['wait-2', 'wait-6']);
      expect(
        shortlist.options.every((option) => option.waitingList && option.freePlaces === 0),
      ).toBe(true);
      expect(countOf(shortlist, 'NO_FREE_PLACE')).toBe(0);
      expect(countOf(shortlist, 'PRODUCT')).toBe(1);
    });

    it('agrees with evaluateOffering on the request as the CRISIS fallback ranks it', () => {
      const crisis = aRequest({ urgency: 'CRISIS' });
      const offering = anOffering({ freePlaces: 0, waitingWeeks: 3 });
      const [option] = rankOfferings(crisis, [offering], policy, TEST_NOW).options;
      expect(evaluateOffering(crisis, offering, policy, TEST_NOW)).toMatchObject({
        passed: false,
        exclusion: 'NO_FREE_PLACE',
      });
      expect(
        evaluateOffering(crisisWaitingListRequest(crisis), offering, policy, TEST_NOW),
      ).toEqual({
        passed: true,
        distanceKm: option?.distanceKm,
        score: option?.score,
        reasons: option?.reasons,
        waitingList: true,
        stale: false,
        offerableNow: 0,
      });
    });

    it('gives other urgencies no waiting-list options unless the resident accepts a wait', () => {
      const full = [anOffering({ freePlaces: 0, waitingWeeks: 2 })];
      for (const urgency of ['ROUTINE', 'SOON', 'URGENT'] as const) {
        const shortlist = rankOfferings(aRequest({ urgency }), full, policy, TEST_NOW);
        expect(shortlist.options).toEqual([]);
        expect(countOf(shortlist, 'NO_FREE_PLACE')).toBe(1);
      }
    });

    it('shows a CRISIS request only the free places when there is at least one', () => {
      const offerings = [
        anOffering({ id: 'free', freePlaces: 1, location: kmNorthOf(HILVERSUM_1211, 14) }),
        anOffering({ id: 'full', freePlaces: 0 }),
      ];
      const shortlist = rankOfferings(aRequest({ urgency: 'CRISIS' }), offerings, policy, TEST_NOW);
      expect(ids(shortlist)).toEqual(['free']);
      expect(countOf(shortlist, 'NO_FREE_PLACE')).toBe(1);
    });

    it('keeps the resident’s longest acceptable wait in the CRISIS fallback', () => {
      const offerings = [
        anOffering({ id: 'short', freePlaces: 0, waitingWeeks: 2 }),
        anOffering({ id: 'long', freePlaces: 0, waitingWeeks: 10 }),
      ];
      const crisis = aRequest({ urgency: 'CRISIS', maxWaitingWeeks: 4 });
      const shortlist = rankOfferings(crisis, offerings, policy, TEST_NOW);
      expect(ids(shortlist)).toEqual(['short']);
      expect(countOf(shortlist, 'NO_FREE_PLACE')).toBe(1);
    });

    it('keeps the first explanation when the full offerings fail other filters too', () => {
      const offerings = [anOffering({ freePlaces: 0, financing: ['ZIN'] })];
      const crisis = aRequest({ urgency: 'CRISIS', financing: 'PGB' });
      const shortlist = rankOfferings(crisis, offerings, policy, TEST_NOW);
      expect(shortlist.options).toEqual([]);
      expect(countOf(shortlist, 'NO_FREE_PLACE')).toBe(1);
      expect(countOf(shortlist, 'FINANCING')).toBe(0);
    });
  });

  it('marks an option whose capacity report is old as stale', () => {
    const old = anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 40) });
    const [option] = rankOfferings(aRequest(), [old], policy, TEST_NOW).options;
    expect(option?.stale).toBe(true);
    expect(option?.reasons.map((reason) => reason.code)).toContain('STALE_CAPACITY');
  });

  it('returns an empty shortlist with all counts zero for no offerings', () => {
    const shortlist = rankOfferings(aRequest(), [], policy, TEST_NOW);
    expect(shortlist.options).toEqual([]);
    expect(shortlist.consideredCount).toBe(0);
    expect(shortlist.exclusions.every((exclusion) => exclusion.count === 0)).toBe(true);
  });
});

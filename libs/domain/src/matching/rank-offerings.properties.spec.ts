import fc from 'fast-check';
import { evaluateOffering } from './evaluate-offering';
import {
  EXCLUSION_CODES,
  type MatchableOffering,
  type MatchableRequest,
  type MatchingPolicy,
  type RankedShortlist,
} from './matching.types';
import { crisisWaitingListRequest, requestAsJudged } from './crisis-fallback';
import { rankOfferings } from './rank-offerings';
import { mayReshapeShortlist, summarizeShown } from './shortlist-reach';
import { scenario } from './testing/arbitraries';
import { anOffering, daysBefore, kmNorthOf, TEST_NOW } from './testing/factories';

fc.configureGlobal({ numRuns: 200 });

/** The request the shortlist judges every offering with, decided by the fallback rule alone. */
function judgedRequest(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
): MatchableRequest {
  return requestAsJudged(
    request,
    offerings,
    (judged, offering) => evaluateOffering(judged, offering, policy, TEST_NOW).passed,
  );
}

/** Whether the shortlist shows waiting lists that only the CRISIS fallback can explain. */
function fellBack(request: MatchableRequest, shortlist: RankedShortlist): boolean {
  return (
    request.urgency === 'CRISIS' &&
    !request.acceptsWaitingList &&
    shortlist.options.some((option) => option.waitingList)
  );
}

describe('rankOfferings properties', () => {
  it('agrees with evaluateOffering on every option and every exclusion count', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
        const effective = judgedRequest(request, offerings, policy);
        const byId = new Map(offerings.map((offering) => [offering.id, offering]));
        for (const option of shortlist.options) {
          const offering = byId.get(option.offeringId);
          if (offering === undefined) throw new Error(`unknown option ${option.offeringId}`);
          expect(evaluateOffering(effective, offering, policy, TEST_NOW)).toEqual({
            passed: true,
            distanceKm: option.distanceKm,
            score: option.score,
            reasons: option.reasons,
            waitingList: option.waitingList,
            stale: option.stale,
            offerableNow: option.freePlaces,
          });
        }
        const expected = new Map<string, number>(EXCLUSION_CODES.map((code) => [code, 0]));
        for (const offering of offerings) {
          const evaluation = evaluateOffering(effective, offering, policy, TEST_NOW);
          const code = evaluation.passed ? 'NOT_IN_TOP' : evaluation.exclusion;
          expected.set(code, (expected.get(code) ?? 0) + 1);
        }
        expected.set('NOT_IN_TOP', (expected.get('NOT_IN_TOP') ?? 0) - shortlist.options.length);
        expect(shortlist.exclusions.map((exclusion) => [exclusion.code, exclusion.count])).toEqual([
          ...expected,
        ]);
      }),
    );
  });

  it('falls back to waiting lists only for CRISIS requests that have no free place at all', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
        expect(judgedRequest(request, offerings, policy) !== request).toBe(
          fellBack(request, shortlist),
        );
        if (fellBack(request, shortlist)) {
          const passing = offerings.filter(
            (offering) => evaluateOffering(request, offering, policy, TEST_NOW).passed,
          );
          expect(passing).toEqual([]);
        }
      }),
    );
  });

  it('gives a CRISIS request without any free place the waiting-list shortlist', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const crisis = { ...request, urgency: 'CRISIS' as const, acceptsWaitingList: false };
        const full = offerings.map((offering) => ({
          ...offering,
          heldPlaces: offering.freePlaces,
        }));
        const shortlist = rankOfferings(crisis, full, policy, TEST_NOW);
        const widened = rankOfferings(crisisWaitingListRequest(crisis), full, policy, TEST_NOW);
        if (widened.options.length > 0) {
          expect(shortlist).toEqual(widened);
          expect(shortlist.options.every((option) => option.waitingList)).toBe(true);
        } else {
          expect(shortlist.options).toEqual([]);
        }
      }),
    );
  });

  it('never offers an option without a place now unless it is marked as a waiting list', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        for (const option of rankOfferings(request, offerings, policy, TEST_NOW).options) {
          expect(option.waitingList).toBe(option.freePlaces === 0);
          if (option.waitingList) {
            expect(request.acceptsWaitingList || request.urgency === 'CRISIS').toBe(true);
          }
        }
      }),
    );
  });

  it('accounts for every offering: options plus exclusion counts', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
        const excluded = shortlist.exclusions.reduce((sum, exclusion) => sum + exclusion.count, 0);
        expect(shortlist.exclusions.map((exclusion) => exclusion.code)).toEqual([
          ...EXCLUSION_CODES,
        ]);
        expect(shortlist.options.length + excluded).toBe(offerings.length);
        expect(shortlist.consideredCount).toBe(offerings.length);
      }),
    );
  });

  it('counts exclusions without the clock: any moment gives the same counts', () => {
    // WhyNotCounts keeps counts across reads on this: only scores (and so the options' order
    // and their stale marks) may move with time.
    fc.assert(
      fc.property(scenario, fc.integer({ min: -400, max: 400 }), (input, days) => {
        const { request, offerings, policy } = input;
        const later = new Date(TEST_NOW.getTime() + days * 86_400_000);
        expect(rankOfferings(request, offerings, policy, later).exclusions).toEqual(
          rankOfferings(request, offerings, policy, TEST_NOW).exclusions,
        );
      }),
    );
  });

  it('respects the shortlist size and the per-provider limit, and cuts only what it must', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
        expect(shortlist.options.length).toBeLessThanOrEqual(policy.shortlistSize);
        const perProvider = new Map<string, number>();
        for (const option of shortlist.options) {
          perProvider.set(option.providerId, (perProvider.get(option.providerId) ?? 0) + 1);
        }
        for (const count of perProvider.values()) {
          expect(count).toBeLessThanOrEqual(policy.maxOptionsPerProvider);
        }
        const cut = shortlist.exclusions.find((exclusion) => exclusion.code === 'NOT_IN_TOP');
        if (shortlist.options.length < policy.shortlistSize && (cut?.count ?? 0) > 0) {
          const full = [...perProvider.values()].filter((n) => n === policy.maxOptionsPerProvider);
          expect(full.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('numbers ranks 1..n, free places first, scores non-increasing within each group', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const { options } = rankOfferings(request, offerings, policy, TEST_NOW);
        expect(options.map((option) => option.rank)).toEqual(options.map((_, index) => index + 1));
        for (let index = 1; index < options.length; index += 1) {
          const previous = options[index - 1];
          const current = options[index];
          if (previous === undefined || current === undefined) continue;
          expect(Number(previous.waitingList)).toBeLessThanOrEqual(Number(current.waitingList));
          if (previous.waitingList === current.waitingList) {
            expect(previous.score).toBeGreaterThanOrEqual(current.score);
          }
        }
      }),
    );
  });

  it('is deterministic and independent of the order of the offerings', () => {
    fc.assert(
      fc.property(
        scenario.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.offerings, { minLength: input.offerings.length }),
          ),
        ),
        ([{ request, offerings, policy }, shuffled]) => {
          const shortlist = rankOfferings(request, offerings, policy, TEST_NOW);
          expect(rankOfferings(request, offerings, policy, TEST_NOW)).toEqual(shortlist);
          expect(rankOfferings(request, shuffled, policy, TEST_NOW)).toEqual(shortlist);
        },
      ),
    );
  });

  it('ranks two offerings that differ only in distance by distance', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 39 }),
        fc.double({ min: 0, max: 15, noNaN: true }),
        fc.double({ min: 0.01, max: 15, noNaN: true }),
        ({ request, offerings, policy }, pick, nearKm, extraKm) => {
          const base = offerings[pick % Math.max(1, offerings.length)] ?? anOffering();
          const near = { ...base, id: 'twin-near', location: kmNorthOf(request.location, nearKm) };
          const far = {
            ...base,
            id: 'twin-far',
            location: kmNorthOf(request.location, nearKm + extraKm),
          };
          const { options } = rankOfferings(request, [...offerings, far, near], policy, TEST_NOW);
          const nearRank = options.find((option) => option.offeringId === 'twin-near')?.rank;
          const farRank = options.find((option) => option.offeringId === 'twin-far')?.rank;
          if (farRank !== undefined) {
            expect(nearRank).toBeDefined();
            expect(nearRank ?? Infinity).toBeLessThan(farRank);
          }
        },
      ),
    );
  });

  it('keeps the shortlist exactly when mayReshapeShortlist rules a capacity change out', () => {
    let ruledOut = 0;
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.record({
          freePlaces: fc.integer({ min: 0, max: 4 }),
          heldPlaces: fc.integer({ min: 0, max: 3 }),
          waitingWeeks: fc.integer({ min: 0, max: 20 }),
          ageDays: fc.double({ min: 0, max: 60, noNaN: true }),
        }),
        ({ request, offerings, policy }, pick, { ageDays, ...capacity }) => {
          const index = pick % offerings.length;
          const before = offerings[index] as MatchableOffering;
          const changed = {
            ...before,
            ...capacity,
            capacityUpdatedAt: daysBefore(TEST_NOW, ageDays),
          };
          const wasShown = rankOfferings(request, offerings, policy, TEST_NOW);
          const evaluatedBefore = evaluateOffering(request, before, policy, TEST_NOW);
          const evaluatedAfter = evaluateOffering(request, changed, policy, TEST_NOW);
          if (!evaluatedBefore.passed || !evaluatedAfter.passed) return;
          const shown = summarizeShown(wasShown.options, policy.shortlistSize);
          if (mayReshapeShortlist(request, shown, before.id, evaluatedAfter)) return;
          ruledOut++;
          const after = offerings.map((offering, i) => (i === index ? changed : offering));
          expect(rankOfferings(request, after, policy, TEST_NOW)).toEqual(wasShown);
        },
      ),
      { numRuns: 1000 },
    );
    // The property must have been put to the test, not only skipped.
    expect(ruledOut).toBeGreaterThan(0);
  });
});

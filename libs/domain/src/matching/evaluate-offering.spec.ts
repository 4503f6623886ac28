import fc from 'fast-check';
import { evaluateOffering, judgeOffering } from './evaluate-offering';
import { haversineKm } from '../geo/haversine';
import { scoreOffering } from './scoring';
import { scenario } from './testing/arbitraries';
import {
  anOffering,
  aPolicy,
  aRequest,
  daysBefore,
  HILVERSUM_1211,
  kmNorthOf,
  TEST_NOW,
} from './testing/factories';

describe('evaluateOffering', () => {
  const policy = aPolicy();

  it('passes a fitting offering with its score, reasons and rounded distance', () => {
    const evaluation = evaluateOffering(
      aRequest(),
      anOffering({ location: kmNorthOf(HILVERSUM_1211, 2.44), freePlaces: 3, heldPlaces: 1 }),
      policy,
      TEST_NOW,
    );
    expect(evaluation).toMatchObject({
      passed: true,
      distanceKm: 2.4,
      waitingList: false,
      stale: false,
      offerableNow: 2,
    });
    if (!evaluation.passed) throw new Error('expected a pass');
    expect(evaluation.reasons[0]?.label).toBe('Dichtbij: 2,4 km van uw postcode');
    expect(evaluation.score).toBeGreaterThan(0);
  });

  it('names the first filter an offering fails and still reports its distance', () => {
    const evaluation = evaluateOffering(
      aRequest({ maxDistanceKm: 5 }),
      anOffering({ location: kmNorthOf(HILVERSUM_1211, 7.06), freePlaces: 0 }),
      policy,
      TEST_NOW,
    );
    expect(evaluation).toEqual({ passed: false, distanceKm: 7.1, exclusion: 'DISTANCE' });
  });

  it('filters on the exact distance, not the rounded one', () => {
    const request = aRequest({ maxDistanceKm: 5 });
    const justOutside = anOffering({ location: kmNorthOf(HILVERSUM_1211, 5.04) });
    expect(evaluateOffering(request, justOutside, policy, TEST_NOW)).toEqual({
      passed: false,
      distanceKm: 5,
      exclusion: 'DISTANCE',
    });
  });

  it('marks a full offering as a waiting-list option when the resident accepts a wait', () => {
    const evaluation = evaluateOffering(
      aRequest({ acceptsWaitingList: true }),
      anOffering({ freePlaces: 1, heldPlaces: 1, waitingWeeks: 6 }),
      policy,
      TEST_NOW,
    );
    expect(evaluation).toMatchObject({ passed: true, waitingList: true, offerableNow: 0 });
  });

  it('flags a stale capacity report', () => {
    const evaluation = evaluateOffering(
      aRequest(),
      anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 40) }),
      policy,
      TEST_NOW,
    );
    expect(evaluation).toMatchObject({ passed: true, stale: true });
  });
});

describe('judgeOffering', () => {
  it('agrees with evaluateOffering and scoreOffering, without the reasons', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        for (const offering of offerings) {
          const judgement = judgeOffering(request, offering, policy, TEST_NOW);
          const evaluation = evaluateOffering(request, offering, policy, TEST_NOW);
          expect(judgement).not.toHaveProperty('reasons');
          expect(judgement.passed).toBe(evaluation.passed);
          expect(judgement.distanceKm).toBe(evaluation.distanceKm);
          if (!judgement.passed || !evaluation.passed) {
            expect(judgement).toStrictEqual(evaluation);
            continue;
          }
          const km = haversineKm(request.location, offering.location);
          const score = scoreOffering(request, offering, km, policy, TEST_NOW.getTime());
          expect(judgement).toStrictEqual({
            passed: true,
            distanceKm: evaluation.distanceKm,
            score: score.score,
            waitingList: score.offerableNow === 0,
            stale: score.stale,
            offerableNow: score.offerableNow,
          });
        }
      }),
    );
  });
});

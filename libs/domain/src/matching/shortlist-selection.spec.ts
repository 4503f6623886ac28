import fc from 'fast-check';
import type { MatchingPolicy } from './matching.types';
import { compareCandidates, ShortlistSelector, type Candidate } from './shortlist-selection';
import { anOffering, aPolicy } from './testing/factories';

function aCandidate(fields: {
  id: string;
  providerId: string;
  score: number;
  distanceKm: number;
  waitingWeeks: number;
  waitingList: boolean;
}): Candidate {
  return {
    offering: anOffering({
      id: fields.id,
      providerId: fields.providerId,
      waitingWeeks: fields.waitingWeeks,
    }),
    distanceKm: fields.distanceKm,
    waitingList: fields.waitingList,
    score: fields.score,
  };
}

function selectShortlist(candidates: readonly Candidate[], policy: MatchingPolicy): Candidate[] {
  const selector = new ShortlistSelector(policy);
  for (const candidate of candidates) {
    selector.offer(
      candidate.offering,
      candidate.distanceKm,
      candidate.score,
      candidate.waitingList,
    );
  }
  return selector.shortlist();
}

/** The obvious definition: sort everything, walk down, skip providers that are full. */
function sortAndWalk(candidates: readonly Candidate[], policy: MatchingPolicy): Candidate[] {
  const chosen: Candidate[] = [];
  const perProvider = new Map<string, number>();
  for (const candidate of [...candidates].sort(compareCandidates)) {
    const taken = perProvider.get(candidate.offering.providerId) ?? 0;
    if (chosen.length < policy.shortlistSize && taken < policy.maxOptionsPerProvider) {
      perProvider.set(candidate.offering.providerId, taken + 1);
      chosen.push(candidate);
    }
  }
  return chosen;
}

// Few distinct values, so ties on score, distance and waiting time are common.
const candidatesArb = fc
  .array(
    fc.record({
      providerId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      score: fc.integer({ min: 0, max: 4 }),
      distanceKm: fc.integer({ min: 0, max: 3 }),
      waitingWeeks: fc.integer({ min: 0, max: 2 }),
      waitingList: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((rows) => rows.map((row, index) => aCandidate({ ...row, id: `c${index}` })));

describe('ShortlistSelector', () => {
  it('chooses exactly what sorting everything and walking down would choose', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (candidates, shortlistSize, maxOptionsPerProvider) => {
          const policy = aPolicy({ shortlistSize, maxOptionsPerProvider });
          const ids = (list: Candidate[]): string[] => list.map((c) => c.offering.id);
          expect(ids(selectShortlist(candidates, policy))).toEqual(
            ids(sortAndWalk(candidates, policy)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('skips a third option of a provider in favour of a worse one from another provider', () => {
    const candidates = [
      aCandidate({
        id: 'a1',
        providerId: 'a',
        score: 9,
        distanceKm: 1,
        waitingWeeks: 0,
        waitingList: false,
      }),
      aCandidate({
        id: 'a2',
        providerId: 'a',
        score: 8,
        distanceKm: 1,
        waitingWeeks: 0,
        waitingList: false,
      }),
      aCandidate({
        id: 'a3',
        providerId: 'a',
        score: 7,
        distanceKm: 1,
        waitingWeeks: 0,
        waitingList: false,
      }),
      aCandidate({
        id: 'b1',
        providerId: 'b',
        score: 1,
        distanceKm: 1,
        waitingWeeks: 0,
        waitingList: false,
      }),
    ];
    const chosen = selectShortlist(
      candidates,
      aPolicy({ shortlistSize: 3, maxOptionsPerProvider: 2 }),
    );
    expect(chosen.map((c) => c.offering.id)).toEqual(['a1', 'a2', 'b1']);
  });
});

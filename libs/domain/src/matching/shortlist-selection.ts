import type { MatchableOffering, MatchingPolicy } from './matching.types';

/** An offering that passed every hard filter. */
export interface Candidate {
  readonly offering: MatchableOffering;
  /** Exact distance: ties are broken on it, the output shows it rounded. */
  readonly distanceKm: number;
  readonly score: number;
  /** No place can be offered now: the option would be a waiting list. */
  readonly waitingList: boolean;
}

/** Shortlist order, comparing loose fields with a candidate so probing needs no allocation. */
function compareWith(
  waitingList: boolean,
  score: number,
  distanceKm: number,
  offering: MatchableOffering,
  other: Candidate,
): number {
  return (
    Number(waitingList) - Number(other.waitingList) ||
    other.score - score ||
    distanceKm - other.distanceKm ||
    offering.waitingWeeks - other.offering.waitingWeeks ||
    compareIds(offering.id, other.offering.id)
  );
}

function compareIds(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Free place first, then score desc, distance asc, waiting weeks asc, offering id asc. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return compareWith(a.waitingList, a.score, a.distanceKm, a.offering, b);
}

/** Keeps `list` sorted by compareCandidates and at most `limit` long. */
function insertBounded(list: Candidate[], candidate: Candidate, limit: number): void {
  if (list.length >= limit) {
    if (limit < 1 || compareCandidates(candidate, list[list.length - 1]) >= 0) {
      return;
    }
    list.pop();
  }
  let index = list.length;
  while (index > 0 && compareCandidates(candidate, list[index - 1]) < 0) {
    index -= 1;
  }
  list.splice(index, 0, candidate);
}

/**
 * Picks the best `shortlistSize` candidates with at most `maxOptionsPerProvider` per provider:
 * the same as sorting all candidates and walking down while skipping full providers, without
 * keeping thousands of candidates to show five. A candidate outside its provider's best few can
 * never be chosen, so only those are kept; the shortlist is the best of them.
 */
export class ShortlistSelector {
  private readonly bestPerProvider = new Map<string, Candidate[]>();
  private offered = 0;

  constructor(private readonly policy: MatchingPolicy) {}

  /** How many candidates were offered: every offering that passed the hard filters. */
  get passedCount(): number {
    return this.offered;
  }

  offer(
    offering: MatchableOffering,
    distanceKm: number,
    score: number,
    waitingList: boolean,
  ): void {
    this.offered += 1;
    const limit = this.policy.maxOptionsPerProvider;
    let best = this.bestPerProvider.get(offering.providerId);
    if (best === undefined) {
      best = [];
      this.bestPerProvider.set(offering.providerId, best);
    } else if (
      best.length >= limit &&
      compareWith(waitingList, score, distanceKm, offering, best[best.length - 1]) >= 0
    ) {
      return;
    }
    insertBounded(best, { offering, distanceKm, score, waitingList }, limit);
  }

  /** The chosen candidates, best first. */
  shortlist(): Candidate[] {
    const shortlist: Candidate[] = [];
    for (const best of this.bestPerProvider.values()) {
      for (const candidate of best) {
        insertBounded(shortlist, candidate, this.policy.shortlistSize);
      }
    }
    return shortlist;
  }
}

import { DEFAULT_MATCHING_POLICY } from '../matching/default-policy';
import { judgeOffering } from '../matching/evaluate-offering';
import { offerableNow } from '../matching/hard-filters';
import type { MatchableOffering, MatchableRequest } from '../matching/matching.types';

/** What open requests ask of one offering. */
export interface DemandPressure {
  readonly offeringId: string;
  /** Open requests it fits on every rule when it has a free place. */
  readonly wouldServe: number;
  /** Open requests whose shortlist shows it now. */
  readonly shownTo: number;
  /** Of `wouldServe`: those it cannot offer a place now (no free place, or only its waiting list). */
  readonly waitingOnCapacity: number;
}

/**
 * Counts the open requests an offering would serve with a free place, by the shortlist's own
 * hard filters (`judgeOffering`; weights do not decide pass or fail, so the default policy
 * will do), and of those the ones it cannot give a place now. `shownTo` comes from the ranked
 * shortlists, which also weigh the other offerings.
 */
export function demandPressure(
  offering: MatchableOffering,
  openRequests: readonly MatchableRequest[],
  shownTo: number,
  now: Date,
): DemandPressure {
  const withPlace = { ...offering, freePlaces: offering.heldPlaces + 1 };
  const hasPlaceNow = offerableNow(offering) > 0;
  let wouldServe = 0;
  for (const request of openRequests) {
    if (request.productCode !== offering.productCode) continue;
    if (judgeOffering(request, withPlace, DEFAULT_MATCHING_POLICY, now).passed) wouldServe++;
  }
  return {
    offeringId: offering.id,
    wouldServe,
    shownTo,
    waitingOnCapacity: hasPlaceNow ? 0 : wouldServe,
  };
}

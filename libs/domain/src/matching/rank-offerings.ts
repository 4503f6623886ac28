import { haversineKm } from '../geo/haversine';
import { exclusionLabel } from './exclusion-labels';
import {
  failedFilterBeforeDistance,
  failedFilterFromDistance,
  offerableNow,
  type HardFilterCode,
} from './hard-filters';
import {
  EXCLUSION_CODES,
  type MatchableOffering,
  type MatchableRequest,
  type MatchingPolicy,
  type RankedShortlist,
  type ShortlistOption,
} from './matching.types';
import { explainScore } from './reason-labels';
import { roundToTenth, scoreOffering, scoreValue } from './scoring';
import { ShortlistSelector, type Candidate } from './shortlist-selection';

interface FilterPass {
  readonly selector: ShortlistSelector;
  readonly excluded: Record<HardFilterCode, number>;
  /** Offerings excluded for NO_FREE_PLACE: the only ones a waiting list can bring back. */
  readonly withoutFreePlace: MatchableOffering[];
}

/**
 * The request as the CRISIS fallback ranks it: as if the resident accepted a waiting list (the
 * resident's `maxWaitingWeeks` still applies).
 */
export function crisisWaitingListRequest(request: MatchableRequest): MatchableRequest {
  return { ...request, acceptsWaitingList: true };
}

/**
 * Ranks the offerings for a request into an explained shortlist with a "why not" count for every
 * exclusion code. Deterministic: the result does not depend on the order of `offerings`, as long
 * as offering ids are unique.
 *
 * Region policy, "niemand valt tussen wal en schip": when no offering that passes the other
 * filters has a free place, a CRISIS request gets waiting-list options instead of an empty list.
 * It is a second pass with `crisisWaitingListRequest(request)` over the offerings without a free
 * place, so `evaluateOffering` with that request agrees with every option and count; when that
 * pass finds nothing either, the first pass and its counts stand. Waiting-list options always
 * rank below options with a place.
 *
 * `policy` must pass `validateMatchingPolicy`.
 */
export function rankOfferings(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
  now: Date,
): RankedShortlist {
  const nowMs = now.getTime();
  let rankedRequest = request;
  let pass = filterAndScore(rankedRequest, offerings, policy, nowMs);
  if (needsCrisisFallback(request, pass)) {
    const widened = crisisWaitingListRequest(request);
    // Filters other than NO_FREE_PLACE ignore acceptsWaitingList, so every other verdict stands.
    const fallback = filterAndScore(widened, pass.withoutFreePlace, policy, nowMs);
    if (fallback.selector.passedCount > 0) {
      rankedRequest = widened;
      pass = { ...fallback, excluded: mergeCounts(pass.excluded, fallback.excluded) };
    }
  }

  const chosen = pass.selector.shortlist();
  const options = chosen.map((candidate, index) =>
    toOption(rankedRequest, candidate, policy, nowMs, index + 1),
  );
  const notInTop = pass.selector.passedCount - chosen.length;
  return {
    options,
    exclusions: EXCLUSION_CODES.map((code) => ({
      code,
      label: exclusionLabel(code),
      count: code === 'NOT_IN_TOP' ? notInTop : pass.excluded[code],
    })),
    consideredCount: offerings.length,
  };
}

function needsCrisisFallback(request: MatchableRequest, pass: FilterPass): boolean {
  return (
    request.urgency === 'CRISIS' &&
    !request.acceptsWaitingList &&
    pass.selector.passedCount === 0 &&
    pass.excluded.NO_FREE_PLACE > 0
  );
}

/** First-pass counts with its NO_FREE_PLACE offerings replaced by their fallback verdicts. */
function mergeCounts(
  first: Record<HardFilterCode, number>,
  fallback: Record<HardFilterCode, number>,
): Record<HardFilterCode, number> {
  const merged = { ...first, NO_FREE_PLACE: 0 };
  for (const code of Object.keys(fallback) as HardFilterCode[]) {
    merged[code] += fallback[code];
  }
  return merged;
}

function filterAndScore(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
  nowMs: number,
): FilterPass {
  const excluded: Record<HardFilterCode, number> = {
    PRODUCT: 0,
    SPECIALISM: 0,
    MUNICIPALITY: 0,
    DISTANCE: 0,
    NO_FREE_PLACE: 0,
    FINANCING: 0,
    LANGUAGE: 0,
    STRATEGIC_PARTNER: 0,
    PROVIDER_EXCLUDED: 0,
  };
  const selector = new ShortlistSelector(policy);
  const withoutFreePlace: MatchableOffering[] = [];
  for (const offering of offerings) {
    const early = failedFilterBeforeDistance(request, offering);
    if (early !== null) {
      excluded[early] += 1;
      continue;
    }
    const distanceKm = haversineKm(request.location, offering.location);
    const late = failedFilterFromDistance(request, offering, distanceKm);
    if (late !== null) {
      excluded[late] += 1;
      if (late === 'NO_FREE_PLACE') {
        withoutFreePlace.push(offering);
      }
      continue;
    }
    const score = scoreValue(request, offering, distanceKm, policy, nowMs);
    selector.offer(offering, distanceKm, score, offerableNow(offering) === 0);
  }
  return { selector, excluded, withoutFreePlace };
}

function toOption(
  request: MatchableRequest,
  candidate: Candidate,
  policy: MatchingPolicy,
  nowMs: number,
  rank: number,
): ShortlistOption {
  const { offering } = candidate;
  const score = scoreOffering(request, offering, candidate.distanceKm, policy, nowMs);
  return {
    rank,
    score: score.score,
    offeringId: offering.id,
    providerId: offering.providerId,
    providerName: offering.providerName,
    distanceKm: roundToTenth(candidate.distanceKm),
    waitingWeeks: offering.waitingWeeks,
    freePlaces: score.offerableNow,
    waitingList: candidate.waitingList,
    stale: score.stale,
    reasons: explainScore(request, offering, candidate.distanceKm, policy, score),
  };
}

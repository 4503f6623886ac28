import { haversineKm } from '../geo/haversine';
import { failedFilterBeforeDistance, failedFilterFromDistance } from './hard-filters';
import type { MatchableOffering, MatchableRequest, MatchingPolicy } from './matching.types';
import type { OfferingEvaluation } from './offering-evaluation';
import { explainScore } from './reason-labels';
import { roundToTenth, scoreOffering } from './scoring';

/**
 * Applies the hard filters in EXCLUSION_CODES order and, when all pass, scores and explains the
 * offering. For a CRISIS request without free places anywhere, the shortlist falls back to
 * waiting lists: evaluate with `requestAsJudged(...)` to match it (see crisis-fallback.ts).
 */
export function evaluateOffering(
  request: MatchableRequest,
  offering: MatchableOffering,
  policy: MatchingPolicy,
  now: Date,
): OfferingEvaluation {
  const distanceKm = haversineKm(request.location, offering.location);
  const exclusion =
    failedFilterBeforeDistance(request, offering) ??
    failedFilterFromDistance(request, offering, distanceKm);
  if (exclusion !== null) {
    return { passed: false, distanceKm: roundToTenth(distanceKm), exclusion };
  }
  const score = scoreOffering(request, offering, distanceKm, policy, now.getTime());
  return {
    passed: true,
    distanceKm: roundToTenth(distanceKm),
    score: score.score,
    reasons: explainScore(request, offering, distanceKm, policy, score),
    waitingList: score.offerableNow === 0,
    stale: score.stale,
    offerableNow: score.offerableNow,
  };
}

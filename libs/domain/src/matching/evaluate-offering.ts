import { haversineKm } from '../geo/haversine';
import { failedFilterBeforeDistance, failedFilterFromDistance, offerableNow } from './hard-filters';
import type { MatchableOffering, MatchableRequest, MatchingPolicy } from './matching.types';
import type { OfferingEvaluation, OfferingJudgement } from './offering-evaluation';
import { explainScore } from './reason-labels';
import { capacityAgeDays, roundToTenth, scoreOffering, scoreValue } from './scoring';

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
  const { exactKm, failed } = applyFilters(request, offering);
  if (failed) return failed;
  const score = scoreOffering(request, offering, exactKm, policy, now.getTime());
  return {
    ...passed(exactKm, score.score, score.offerableNow, score.stale),
    reasons: explainScore(request, offering, exactKm, policy, score),
  };
}

/**
 * evaluateOffering without the reasons in words: the same verdict and score for a fraction of
 * the cost, for callers that decide rather than show (the worker's affected sets, verdicts).
 */
export function judgeOffering(
  request: MatchableRequest,
  offering: MatchableOffering,
  policy: MatchingPolicy,
  now: Date,
): OfferingJudgement {
  const { exactKm, failed } = applyFilters(request, offering);
  if (failed) return failed;
  const nowMs = now.getTime();
  return passed(
    exactKm,
    scoreValue(request, offering, exactKm, policy, nowMs),
    offerableNow(offering),
    capacityAgeDays(offering, nowMs) > policy.staleAfterDays,
  );
}

/** The exact distance, and the verdict when a hard filter fails. */
function applyFilters(
  request: MatchableRequest,
  offering: MatchableOffering,
): { exactKm: number; failed?: Extract<OfferingJudgement, { passed: false }> } {
  const exactKm = haversineKm(request.location, offering.location);
  const exclusion =
    failedFilterBeforeDistance(request, offering) ??
    failedFilterFromDistance(request, offering, exactKm);
  if (exclusion === null) return { exactKm };
  return { exactKm, failed: { passed: false, distanceKm: roundToTenth(exactKm), exclusion } };
}

function passed(
  exactKm: number,
  score: number,
  offerable: number,
  stale: boolean,
): Extract<OfferingJudgement, { passed: true }> {
  return {
    passed: true,
    distanceKm: roundToTenth(exactKm),
    score,
    waitingList: offerable === 0,
    stale,
    offerableNow: offerable,
  };
}

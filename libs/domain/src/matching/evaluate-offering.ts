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
  const { judgement, exactKm } = judge(request, offering, policy, now);
  if (!judgement.passed) return judgement;
  const score = scoreOffering(request, offering, exactKm, policy, now.getTime());
  return { ...judgement, reasons: explainScore(request, offering, exactKm, policy, score) };
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
  return judge(request, offering, policy, now).judgement;
}

function judge(
  request: MatchableRequest,
  offering: MatchableOffering,
  policy: MatchingPolicy,
  now: Date,
): { judgement: OfferingJudgement; exactKm: number } {
  const exactKm = haversineKm(request.location, offering.location);
  const distanceKm = roundToTenth(exactKm);
  const exclusion =
    failedFilterBeforeDistance(request, offering) ??
    failedFilterFromDistance(request, offering, exactKm);
  if (exclusion !== null) return { judgement: { passed: false, distanceKm, exclusion }, exactKm };
  const nowMs = now.getTime();
  const offerable = offerableNow(offering);
  const judgement: OfferingJudgement = {
    passed: true,
    distanceKm,
    score: scoreValue(request, offering, exactKm, policy, nowMs),
    waitingList: offerable === 0,
    stale: capacityAgeDays(offering, nowMs) > policy.staleAfterDays,
    offerableNow: offerable,
  };
  return { judgement, exactKm };
}

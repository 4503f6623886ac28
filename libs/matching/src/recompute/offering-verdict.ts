import {
  DEFAULT_MATCHING_POLICY,
  judgeOffering,
  mayBeShortlisted,
  type HardFilterCode,
  type MatchableOffering,
  type MatchableRequest,
  type OfferingJudgement,
} from '@wmo/domain';

export type Verdict = 'ABSENT' | 'PASSES' | HardFilterCode;

/**
 * Whether an offering passes a request's hard filters, or the filter it fails. Weights do not
 * decide pass or fail, so the default policy will do. An offering the CRISIS fallback can bring
 * back (mayBeShortlisted) counts as passing.
 */
export function verdictFor(
  request: MatchableRequest,
  offering: MatchableOffering | undefined,
  now: Date,
): Verdict {
  return verdictOf(
    request,
    offering && judgeOffering(request, offering, DEFAULT_MATCHING_POLICY, now),
  );
}

/** The verdict of a judgement already made (with any policy); none means the offering is gone. */
export function verdictOf(
  request: MatchableRequest,
  evaluation: OfferingJudgement | undefined,
): Verdict {
  if (!evaluation) return 'ABSENT';
  const verdict = evaluation.passed ? 'PASSES' : evaluation.exclusion;
  return mayBeShortlisted(request, verdict) ? 'PASSES' : verdict;
}

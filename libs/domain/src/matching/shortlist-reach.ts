import { mayBeShortlisted, mayFallBackToWaitingList } from './crisis-fallback';
import type { MatchableRequest, ShortlistOption } from './matching.types';
import type { OfferingJudgement } from './offering-evaluation';

/** What a stored shortlist shows: enough to tell whether a change to one offering can alter it. */
export interface ShownSummary {
  readonly offeringIds: readonly string[];
  /** As many options as the policy's shortlist size. */
  readonly full: boolean;
  /** The last option: every other ranks at least as high. */
  readonly worst: { readonly score: number; readonly waitingList: boolean } | null;
}

export function summarizeShown(
  options: readonly ShortlistOption[],
  shortlistSize: number,
): ShownSummary {
  const last = options[options.length - 1];
  return {
    offeringIds: options.map((option) => option.offeringId),
    full: options.length >= shortlistSize,
    worst: last ? { score: last.score, waitingList: last.waitingList } : null,
  };
}

/**
 * For an offering that passes a request's hard filters both before and after a change (so no
 * "why not" count moves): can the change alter the request's shortlist? Only when the offering
 * is shown, or the list has room, or it now ranks at least level with the worst shown option
 * (free place before waiting list, then score; ties count as "may", whatever breaks them).
 * Otherwise every shown option still outranks it and the shortlist stays exactly as it is.
 * Requests the CRISIS fallback may apply to are never ruled out while it may be in play (it
 * depends on every offering): see fallbackInPlay.
 */
export function mayReshapeShortlist(
  request: MatchableRequest,
  shown: ShownSummary,
  offeringId: string,
  after: Extract<OfferingJudgement, { passed: true }>,
): boolean {
  if (fallbackInPlay(request, shown, offeringId) || !shown.full || !shown.worst) return true;
  if (shown.offeringIds.includes(offeringId)) return true;
  if (after.waitingList !== shown.worst.waitingList) return !after.waitingList;
  return after.score >= shown.worst.score;
}

/**
 * Can a change to one offering alter what a request's shortlist shows (its options, their order
 * and their shown fields)? `before` and `after` are the offering's judgements for the request as
 * asked (none when it did not exist or is gone); `shown` summarizes the current revision (none
 * when unknown). The "why not" counts do not count: they are computed when read.
 * Only an offering that can be an option before or after matters (mayBeShortlisted): one that
 * leaves changes the options only if it was shown — a passing offering that was not chosen
 * changes nothing by leaving — and one that stays or enters only as mayReshapeShortlist says.
 */
export function mayChangeOptions(
  request: MatchableRequest,
  shown: ShownSummary | undefined,
  offeringId: string,
  before: OfferingJudgement | undefined,
  after: OfferingJudgement | undefined,
): boolean {
  if (shown?.offeringIds.includes(offeringId)) return true;
  const fallback = fallbackInPlay(request, shown, offeringId);
  const candidate = (judgement: OfferingJudgement | undefined) =>
    judgement !== undefined &&
    (judgement.passed || (fallback && mayBeShortlisted(request, judgement.exclusion)));
  const is = candidate(after);
  if (!candidate(before) && !is) return false;
  if (!shown || fallback) return true;
  if (!is || !after?.passed) return false;
  return mayReshapeShortlist(request, shown, offeringId, after);
}

/**
 * Whether the CRISIS waiting-list fallback can decide this request's shortlist around a change
 * to one offering. It applies only when no offering has a free place for the request. A shown
 * option with a free place (the worst is one, so all are) that is another offering keeps
 * passing whatever this change does (changes to it are judged in their own turn), so the
 * fallback is out of play before and after; without such an option it may be in play.
 */
function fallbackInPlay(
  request: MatchableRequest,
  shown: ShownSummary | undefined,
  offeringId: string,
): boolean {
  if (!mayFallBackToWaitingList(request)) return false;
  const freePlaceShown =
    shown?.worst?.waitingList === false && shown.offeringIds.some((id) => id !== offeringId);
  return !freePlaceShown;
}

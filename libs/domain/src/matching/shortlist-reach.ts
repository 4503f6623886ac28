import { mayFallBackToWaitingList } from './crisis-fallback';
import type { MatchableRequest, ShortlistOption } from './matching.types';
import type { OfferingEvaluation } from './offering-evaluation';

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
 * Requests the CRISIS fallback may apply to are never ruled out: it depends on every offering.
 */
export function mayReshapeShortlist(
  request: MatchableRequest,
  shown: ShownSummary,
  offeringId: string,
  after: Extract<OfferingEvaluation, { passed: true }>,
): boolean {
  if (mayFallBackToWaitingList(request) || !shown.full || !shown.worst) return true;
  if (shown.offeringIds.includes(offeringId)) return true;
  if (after.waitingList !== shown.worst.waitingList) return !after.waitingList;
  return after.score >= shown.worst.score;
}

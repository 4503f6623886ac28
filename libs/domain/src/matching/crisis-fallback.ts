import type { HardFilterCode } from './hard-filters';
import type { MatchableOffering, MatchableRequest } from './matching.types';

/**
 * Region policy, "niemand valt tussen wal en schip": when no offering that passes the other
 * filters has a free place, a CRISIS request gets waiting-list options instead of an empty list.
 * The fallback ranks the request as if the resident accepted a waiting list (the resident's
 * `maxWaitingWeeks` still applies); when that finds nothing either, the request as asked stands.
 *
 * This file is the one home of that rule: the engine (rankOfferings), staff search and the
 * worker's affected sets all ask it.
 */

/** Whether the fallback can apply to this request at all. */
export function mayFallBackToWaitingList(request: MatchableRequest): boolean {
  return request.urgency === 'CRISIS' && !request.acceptsWaitingList;
}

/** The request as the fallback ranks it: as if the resident accepted a waiting list. */
export function crisisWaitingListRequest(request: MatchableRequest): MatchableRequest {
  return { ...request, acceptsWaitingList: true };
}

/**
 * Whether the shortlist falls back to waiting lists, given how many offerings pass as asked and
 * (asked only when needed) how many pass for `crisisWaitingListRequest(request)`.
 */
export function fallsBackToWaitingList(
  request: MatchableRequest,
  passedAsAsked: number,
  passedWithWaitingList: () => number,
): boolean {
  return mayFallBackToWaitingList(request) && passedAsAsked === 0 && passedWithWaitingList() > 0;
}

/**
 * The request every offering is judged with for this request's shortlist: the request itself,
 * or `crisisWaitingListRequest(request)` when the fallback applies. `passes` is the engine's
 * verdict for one offering (e.g. `evaluateOffering(...).passed`). Judging every offering with
 * the returned request gives exactly the shortlist's options and "why not" counts.
 */
export function requestAsJudged(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  passes: (request: MatchableRequest, offering: MatchableOffering) => boolean,
): MatchableRequest {
  const widened = crisisWaitingListRequest(request);
  const count = (judged: MatchableRequest) => (offerings.some((o) => passes(judged, o)) ? 1 : 0);
  return fallsBackToWaitingList(request, count(request), () => count(widened)) ? widened : request;
}

/**
 * Whether an offering with this verdict for the request as asked can be an option of its
 * shortlist: one that passes, or, when the fallback may apply, one that failed only for want of
 * a free place (the fallback can bring it back). Every other verdict leaves it out either way.
 */
export function mayBeShortlisted(
  request: MatchableRequest,
  verdict: HardFilterCode | 'PASSES',
): boolean {
  return verdict === 'PASSES' || (verdict === 'NO_FREE_PLACE' && mayFallBackToWaitingList(request));
}

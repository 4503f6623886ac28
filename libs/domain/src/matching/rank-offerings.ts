import { haversineKm } from '../geo/haversine';
import { crisisWaitingListRequest, fallsBackToWaitingList } from './crisis-fallback';
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

/** Counts of offerings a caller ruled out before ranking, by the (early) filter they fail. */
export type RuledOutCounts = Readonly<
  Partial<Record<'PRODUCT' | 'SPECIALISM' | 'MUNICIPALITY', number>>
>;

/**
 * Ranks the offerings for a request into an explained shortlist with a "why not" count for every
 * exclusion code. Deterministic: the result does not depend on the order of `offerings`, as long
 * as offering ids are unique.
 *
 * A CRISIS request may fall back to waiting lists (see crisis-fallback.ts): a second pass with
 * `crisisWaitingListRequest(request)` over the offerings without a free place, so
 * `evaluateOffering` with that request agrees with every option and count; when that pass finds
 * nothing either, the first pass and its counts stand. Waiting-list options always rank below
 * options with a place.
 *
 * `policy` must pass `validateMatchingPolicy`.
 */
export function rankOfferings(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
  now: Date,
): RankedShortlist {
  return rankPrefiltered(request, offerings, {}, offerings.length, policy, now);
}

/**
 * rankOfferings for a caller that ruled some offerings out itself (CandidateIndex): `candidates`
 * are the rest, `ruledOut` counts the others by the early filter (PRODUCT, SPECIALISM,
 * MUNICIPALITY) each fails first, and `consideredCount` is all of them. The same result as
 * rankOfferings over every offering, because offerings failing an early filter never score and
 * never come back in the CRISIS fallback.
 */
export function rankPrefiltered(
  request: MatchableRequest,
  candidates: Iterable<MatchableOffering>,
  ruledOut: RuledOutCounts,
  consideredCount: number,
  policy: MatchingPolicy,
  now: Date,
): RankedShortlist {
  const nowMs = now.getTime();
  let rankedRequest = request;
  let pass = filterAndScore(rankedRequest, candidates, ruledOut, policy, nowMs);
  let fallback: { request: MatchableRequest; pass: FilterPass } | undefined;
  const passedWithWaitingList = () => {
    const widened = crisisWaitingListRequest(request);
    // Filters other than NO_FREE_PLACE ignore acceptsWaitingList, so every other verdict stands.
    const widenedPass = filterAndScore(widened, pass.withoutFreePlace, {}, policy, nowMs);
    fallback = { request: widened, pass: widenedPass };
    return widenedPass.selector.passedCount;
  };
  if (fallsBackToWaitingList(request, pass.selector.passedCount, passedWithWaitingList)) {
    if (!fallback) throw new Error('the CRISIS fallback was decided without its pass');
    rankedRequest = fallback.request;
    pass = { ...fallback.pass, excluded: mergeCounts(pass.excluded, fallback.pass.excluded) };
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
    consideredCount,
  };
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
  offerings: Iterable<MatchableOffering>,
  ruledOut: RuledOutCounts,
  policy: MatchingPolicy,
  nowMs: number,
): FilterPass {
  const excluded: Record<HardFilterCode, number> = {
    PRODUCT: ruledOut.PRODUCT ?? 0,
    SPECIALISM: ruledOut.SPECIALISM ?? 0,
    MUNICIPALITY: ruledOut.MUNICIPALITY ?? 0,
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

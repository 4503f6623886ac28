import type { HardFilterCode } from './hard-filters';
import type { Reason } from './matching.types';

/**
 * The verdict on one offering for one request, without the reasons in words: what deciding
 * needs (affected sets, verdicts, counts). `distanceKm` is rounded to 0.1 km; filters use the
 * exact value.
 */
export type OfferingJudgement =
  | {
      readonly passed: true;
      readonly distanceKm: number;
      readonly score: number;
      /** No place can be offered now; the resident would join the waiting list. */
      readonly waitingList: boolean;
      /** The capacity report is older than the policy's `staleAfterDays`. */
      readonly stale: boolean;
      readonly offerableNow: number;
    }
  | {
      readonly passed: false;
      readonly distanceKm: number;
      /** The first hard filter, in EXCLUSION_CODES order, that the offering fails. */
      readonly exclusion: HardFilterCode;
    };

/**
 * The judgement with the reasons a person reads. Searches show it and the shortlist is built
 * from the same rules, so the two never disagree.
 */
export type OfferingEvaluation =
  | (Extract<OfferingJudgement, { passed: true }> & { readonly reasons: readonly Reason[] })
  | Extract<OfferingJudgement, { passed: false }>;

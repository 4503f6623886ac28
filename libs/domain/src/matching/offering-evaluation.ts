import type { HardFilterCode } from './hard-filters';
import type { Reason } from './matching.types';

/**
 * The verdict on one offering for one request. Searches show it and the shortlist is built from
 * it, so the two never disagree. `distanceKm` is rounded to 0.1 km; filters use the exact value.
 */
export type OfferingEvaluation =
  | {
      readonly passed: true;
      readonly distanceKm: number;
      readonly score: number;
      readonly reasons: readonly Reason[];
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

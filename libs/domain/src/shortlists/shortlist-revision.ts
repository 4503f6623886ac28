import type { ShortlistOption } from '../matching/matching.types';

/** What made the worker compute a revision. */
export interface ShortlistCause {
  readonly kind:
    | 'REQUEST_CREATED'
    | 'REQUEST_CHANGED'
    | 'OFFERING_CHANGED'
    | 'CAPACITY_CHANGED'
    | 'REFERRAL_CHANGED'
    | 'POLICY_CHANGED'
    | 'SWEEP';
  readonly offeringId?: string;
  readonly capacityEventId?: string;
  readonly referralId?: string;
}

/**
 * One immutable revision of a request's shortlist, as a person sees it (its options, their order
 * and shown fields); revisions only ever go up, and a new one is stored only when what a person
 * sees changes. The "why not" counts are not part of it: they are counted when read, from the
 * same rules and the current offerings (WhyNotCounts), so they are exact without a write each
 * time only a count moves.
 */
export interface ShortlistRevision {
  readonly requestId: string;
  readonly revision: number;
  readonly computedAt: Date;
  readonly cause: ShortlistCause;
  readonly options: readonly ShortlistOption[];
}

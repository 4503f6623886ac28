import type { ExclusionCount, ShortlistOption } from '../matching/matching.types';

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

/** One immutable revision of a request's shortlist; revisions only ever go up. */
export interface ShortlistRevision {
  readonly requestId: string;
  readonly revision: number;
  readonly computedAt: Date;
  readonly cause: ShortlistCause;
  readonly options: readonly ShortlistOption[];
  readonly exclusions: readonly ExclusionCount[];
}

import type { RequestStatus } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Requests in these statuses are finished: matching no longer needs them, so after the
 * retention period only what the coverage figures use is kept. (Withdrawing a request is closing
 * it: CLOSED.)
 */
export const FINISHED_REQUEST_STATUSES: readonly RequestStatus[] = ['CLOSED', 'PLACED'];

/** Everything last changed before this moment is past its retention period. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * The reference an anonymised request keeps: unique (the reference index is unique) and derived
 * from the request id only, so anonymising again writes the same value.
 */
export function anonymisedReference(requestId: string): string {
  return `geanonimiseerd-${requestId}`;
}

/** What one retention run did; a second run over the same data finds nothing left to do. */
export interface RetentionCounts {
  readonly requestsAnonymised: number;
  readonly referralsAnonymised: number;
  readonly shortlistRevisionsDeleted: number;
  readonly residentLinksDeleted: number;
  readonly auditEntriesDeleted: number;
}

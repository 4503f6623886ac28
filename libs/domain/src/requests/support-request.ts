import type { Financing, RequestStatus, Urgency } from '../types';

/**
 * A support request (hulpvraag). Pseudonymous: a reference and a PC4, never a name, BSN or
 * street address.
 */
export interface SupportRequest {
  readonly id: string;
  readonly reference: string;
  readonly status: RequestStatus;
  readonly municipalityCode: string;
  readonly postcode: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly urgency: Urgency;
  readonly maxDistanceKm: number | null;
  readonly preferredLanguages: readonly string[];
  readonly requiredLanguages: readonly string[];
  readonly financing: Financing | null;
  readonly strategicPartnerMismatch: string;
  readonly excludeStrategicPartners: boolean;
  readonly excludedProviderIds: readonly string[];
  /** Offerings that must not be proposed again (a declined referral). */
  readonly excludedOfferingIds: readonly string[];
  /** The option the resident prefers, if they said so. */
  readonly preferredOfferingId: string | null;
  readonly acceptsWaitingList: boolean;
  readonly maxWaitingWeeks: number | null;
  readonly createdByUserId: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Requests whose shortlist is kept current by the workers. */
export const ACTIVE_REQUEST_STATUSES = ['OPEN', 'REFERRED'] as const;

const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_REQUEST_STATUSES);

/** Whether a request in this status is active (its shortlist kept current). */
export function isActiveRequestStatus(status: string): boolean {
  return ACTIVE.has(status);
}

/** The order consultants work through their requests: what still needs them comes first. */
export const REQUEST_STATUS_WORK_ORDER = ['OPEN', 'REFERRED', 'PLACED', 'CLOSED'] as const;

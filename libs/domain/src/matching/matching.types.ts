import type { Financing, GeoPoint, Urgency } from '../types';

/** What the matching engine needs to know about one offering (aanbod). */
export interface MatchableOffering {
  readonly id: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly strategicPartner: boolean;
  /** Languages the provider's staff speak (ISO 639-1 codes, e.g. "nl", "en", "tr"). */
  readonly languages: readonly string[];
  readonly productCode: string;
  readonly specialisms: readonly string[];
  /** PC4 of the location. */
  readonly postcode: string;
  readonly location: GeoPoint;
  /** CBS municipality codes the offering serves. */
  readonly municipalitiesServed: readonly string[];
  /** How far the provider travels / clients may come from; null = no limit of its own. */
  readonly maxTravelKm: number | null;
  readonly freePlaces: number;
  /** Places on hold for pending referrals; offerable now = freePlaces - heldPlaces. */
  readonly heldPlaces: number;
  readonly waitingWeeks: number;
  readonly financing: readonly Financing[];
  readonly capacityUpdatedAt: Date;
}

/** What the matching engine needs to know about one support request (hulpvraag). */
export interface MatchableRequest {
  readonly id: string;
  readonly municipalityCode: string;
  /** PC4 of the resident. */
  readonly postcode: string;
  readonly location: GeoPoint;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  readonly urgency: Urgency;
  /** The resident's maximum distance; null = no limit of its own. */
  readonly maxDistanceKm: number | null;
  /** Languages the resident prefers (ranking only). */
  readonly preferredLanguages: readonly string[];
  /** Languages the provider must speak (hard filter); empty = none required. */
  readonly requiredLanguages: readonly string[];
  /** Financing form the resident needs; null = either. */
  readonly financing: Financing | null;
  /** Strategic partners do not fit this resident (the default on this platform). */
  readonly excludeStrategicPartners: boolean;
  readonly excludedProviderIds: readonly string[];
  /** Offerings left out for this request, e.g. after the provider declined a referral. */
  readonly excludedOfferingIds: readonly string[];
  /** The resident accepts an offering with a waiting list instead of a free place now. */
  readonly acceptsWaitingList: boolean;
  /** With a waiting list: the longest acceptable waiting time; null = any. */
  readonly maxWaitingWeeks: number | null;
}

/** Weighted, explained ranking components. Weights are points at the best possible value. */
export interface MatchingWeights {
  readonly distance: number;
  readonly waitingTime: number;
  readonly specialismDepth: number;
  readonly language: number;
  readonly capacityHeadroom: number;
  readonly freshness: number;
}

export interface MatchingPolicy {
  readonly weights: MatchingWeights;
  /** Distance at which the distance component has halved. */
  readonly distanceHalfLifeKm: number;
  /** Waiting time at which the waiting component has halved. */
  readonly waitingHalfLifeWeeks: number;
  /** A capacity report older than this counts less and is flagged as stale. */
  readonly staleAfterDays: number;
  /** Number of options in a shortlist. */
  readonly shortlistSize: number;
  /** Diversity: at most this many options from one provider. */
  readonly maxOptionsPerProvider: number;
}

export interface Reason {
  /** Stable machine code, e.g. DISTANCE, WAITING_TIME. */
  readonly code: string;
  /** Plain Dutch (B1) explanation for consultant and resident. */
  readonly label: string;
  readonly points: number;
}

export interface ShortlistOption {
  readonly rank: number;
  readonly score: number;
  readonly offeringId: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly distanceKm: number;
  readonly waitingWeeks: number;
  /** Places that can be offered now (free minus held), never negative. */
  readonly freePlaces: number;
  /** True when this option has no free place now and is offered with a waiting list. */
  readonly waitingList: boolean;
  /** True when the capacity report is older than the policy allows. */
  readonly stale: boolean;
  readonly reasons: readonly Reason[];
}

/** Hard filters, in the order they are applied; an offering is counted under the first it fails. */
export const EXCLUSION_CODES = [
  'PRODUCT',
  'SPECIALISM',
  'MUNICIPALITY',
  'DISTANCE',
  'NO_FREE_PLACE',
  'FINANCING',
  'LANGUAGE',
  'STRATEGIC_PARTNER',
  'PROVIDER_EXCLUDED',
  /** Passed every filter but fell outside the top N or the per-provider limit. */
  'NOT_IN_TOP',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export interface ExclusionCount {
  readonly code: ExclusionCode;
  /** Plain Dutch (B1) explanation. */
  readonly label: string;
  readonly count: number;
}

export interface RankedShortlist {
  readonly options: readonly ShortlistOption[];
  /** For every exclusion code, how many offerings it excluded (zero counts included). */
  readonly exclusions: readonly ExclusionCount[];
  /** options.length + sum of exclusion counts. */
  readonly consideredCount: number;
}

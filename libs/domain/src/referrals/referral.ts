import type { Urgency } from '../types';

export const REFERRAL_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'WITHDRAWN',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Who made a transition: a user id, or the platform itself (a hold that expired). */
export type ReferralActor = string;
export const SYSTEM_ACTOR: ReferralActor = 'system';

/**
 * What a provider may see of the request behind a referral: no free text, no preferences.
 * A snapshot taken when the referral was sent, like the paper form it replaces.
 */
export interface ReferredRequest {
  readonly reference: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  /** PC4 only. */
  readonly postcode: string;
  readonly urgency: Urgency;
}

/** A referral (aanmelding) of one request to one offering, holding one of its free places. */
export interface Referral {
  readonly id: string;
  readonly requestId: string;
  readonly offeringId: string;
  readonly providerId: string;
  readonly municipalityCode: string;
  readonly request: ReferredRequest;
  readonly status: ReferralStatus;
  readonly holdExpiresAt: Date;
  readonly createdAt: Date;
  readonly createdByUserId: string;
  readonly respondedAt: Date | null;
  readonly reason: string | null;
}

/** One recorded step in a referral's life; `from` is null for its creation. */
export interface ReferralTransition {
  readonly referralId: string;
  readonly requestId: string;
  readonly offeringId: string;
  readonly from: ReferralStatus | null;
  readonly to: ReferralStatus;
  readonly at: Date;
  readonly actor: ReferralActor;
  readonly reason: string | null;
}

import type { Referral, ReferralTransition } from '@wmo/domain';
import type { Urgency } from '../graphql/enums';
import type { ReferralModel, ReferralStatus, ReferralTransitionModel } from './referral.types';

export function toReferralModel(referral: Referral): ReferralModel {
  return {
    id: referral.id,
    status: referral.status as ReferralStatus,
    holdExpiresAt: referral.holdExpiresAt,
    request: {
      reference: referral.request.reference,
      productCode: referral.request.productCode,
      specialisms: [...referral.request.specialisms],
      postcode: referral.request.postcode,
      urgency: referral.request.urgency as Urgency,
    },
    offeringId: referral.offeringId,
    requestId: referral.requestId,
    createdAt: referral.createdAt,
    respondedAt: referral.respondedAt,
    reason: referral.reason,
  };
}

export function toReferralTransitionModel(transition: ReferralTransition): ReferralTransitionModel {
  return {
    referralId: transition.referralId,
    offeringId: transition.offeringId,
    from: transition.from as ReferralStatus | null,
    to: transition.to as ReferralStatus,
    at: transition.at,
    actor: transition.actor,
    reason: transition.reason,
  };
}

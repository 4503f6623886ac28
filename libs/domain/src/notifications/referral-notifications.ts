import type { Referral } from '../referrals/referral';
import type { NotificationEvent } from './notification';
import { referralOutcomeKind } from './notification-rules';

/** The event a referral in this status tells of (a new one for PENDING), or null. */
export function referralEventOf(
  referral: Pick<
    Referral,
    'id' | 'requestId' | 'providerId' | 'request' | 'holdExpiresAt' | 'createdByUserId'
  >,
  status: Referral['status'],
): NotificationEvent | null {
  const kind = status === 'PENDING' ? 'REFERRAL_RECEIVED' : referralOutcomeKind(status);
  switch (kind) {
    case 'REFERRAL_RECEIVED':
    case 'REFERRAL_WITHDRAWN':
      return {
        kind,
        referralId: referral.id,
        providerId: referral.providerId,
        requestReference: referral.request.reference,
        holdExpiresAt: referral.holdExpiresAt,
      };
    case 'REFERRAL_ACCEPTED':
    case 'REFERRAL_DECLINED':
    case 'REFERRAL_EXPIRED':
      return {
        kind,
        referralId: referral.id,
        requestId: referral.requestId,
        requestReference: referral.request.reference,
        consultantUserId: referral.createdByUserId,
      };
    default:
      return null;
  }
}

/** The reminder for a pending hold that ends soon. */
export function holdEndingEventOf(
  referral: Pick<Referral, 'id' | 'providerId' | 'request' | 'holdExpiresAt'>,
): NotificationEvent {
  return {
    kind: 'HOLD_ENDING',
    referralId: referral.id,
    providerId: referral.providerId,
    requestReference: referral.request.reference,
    holdExpiresAt: referral.holdExpiresAt,
  };
}

import { ConflictError } from '../errors';
import type { RequestStatus } from '../types';
import {
  SYSTEM_ACTOR,
  type Referral,
  type ReferralActor,
  type ReferralStatus,
  type ReferralTransition,
} from './referral';

/** The only moves a referral can make; every other status is final. */
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  PENDING: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  EXPIRED: [],
  WITHDRAWN: [],
};

const DONE_LABELS: Readonly<Record<ReferralStatus, string>> = {
  PENDING: 'loopt nog',
  ACCEPTED: 'is al geaccepteerd',
  DECLINED: 'is al afgewezen',
  EXPIRED: 'is al verlopen',
  WITHDRAWN: 'is al ingetrokken',
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}

export function isFinal(status: ReferralStatus): boolean {
  return NEXT[status].length === 0;
}

/** Plain Dutch (B1) for a referral that can no longer make the asked move. */
export function alreadyDoneMessage(status: ReferralStatus): string {
  return `Deze aanmelding ${DONE_LABELS[status]}.`;
}

/** The record of a new referral: it starts PENDING. */
export function openingTransition(
  referral: Pick<Referral, 'id' | 'requestId' | 'offeringId' | 'createdAt' | 'createdByUserId'>,
): ReferralTransition {
  return {
    referralId: referral.id,
    requestId: referral.requestId,
    offeringId: referral.offeringId,
    from: null,
    to: 'PENDING',
    at: referral.createdAt,
    actor: referral.createdByUserId,
    reason: null,
  };
}

/**
 * Decides one move; an illegal move is a ConflictError. Only the platform may expire a hold, and
 * only once it is due; people may not respond to a hold that is due (it is expired by then).
 */
export function transitionReferral(
  referral: Referral,
  to: ReferralStatus,
  actor: ReferralActor,
  at: Date,
  reason: string | null = null,
): ReferralTransition {
  if (!canTransition(referral.status, to)) {
    throw new ConflictError(alreadyDoneMessage(referral.status));
  }
  const due = isHoldDue(referral, at);
  if (to === 'EXPIRED' && (actor !== SYSTEM_ACTOR || !due)) {
    throw new ConflictError('Deze aanmelding is nog niet verlopen.');
  }
  if (to !== 'EXPIRED' && due) throw new ConflictError(alreadyDoneMessage('EXPIRED'));
  return {
    referralId: referral.id,
    requestId: referral.requestId,
    offeringId: referral.offeringId,
    from: referral.status,
    to,
    at,
    actor,
    reason,
  };
}

export function isHoldDue(referral: Pick<Referral, 'holdExpiresAt'>, now: Date): boolean {
  return now.getTime() >= referral.holdExpiresAt.getTime();
}

/** What a final status means for the held place and for the request. */
export interface ReferralOutcome {
  /** PLACE: the held place becomes a placement; RELEASE: it is free again. */
  readonly hold: 'PLACE' | 'RELEASE';
  readonly requestStatus: Extract<RequestStatus, 'PLACED' | 'OPEN'>;
  /** A provider that declined is not proposed for this request again. */
  readonly excludeOffering: boolean;
}

export function outcomeOf(status: Exclude<ReferralStatus, 'PENDING'>): ReferralOutcome {
  if (status === 'ACCEPTED') {
    return { hold: 'PLACE', requestStatus: 'PLACED', excludeOffering: false };
  }
  return { hold: 'RELEASE', requestStatus: 'OPEN', excludeOffering: status === 'DECLINED' };
}

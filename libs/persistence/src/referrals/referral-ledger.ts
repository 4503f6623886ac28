import { Injectable } from '@nestjs/common';
import {
  alreadyDoneMessage,
  ConflictError,
  SystemScope,
  openingTransition,
  outcomeOf,
  transitionReferral,
  type Offering,
  type Referral,
  type ReferralActor,
  type ReferralStatus,
  type ReferralTransition,
  type RequestStatus,
  type SupportRequest,
} from '@wmo/domain';
import { SupportRequestRepository } from '../requests/support-request.repository';
import { HoldAllocator } from './hold-allocator';
import { HoldRepository } from './hold.repository';
import { ReferralTransitionRepository } from './referral-transition.repository';
import { ReferralRepository } from './referral.repository';

export interface NewReferral {
  readonly id: string;
  readonly request: SupportRequest;
  readonly offering: Offering;
  readonly createdByUserId: string;
  readonly createdAt: Date;
  readonly holdExpiresAt: Date;
}

const NO_FREE_PLACE = 'Er is geen vrije plek meer bij dit aanbod.';

/** A referral that never got stored (its creator failed half-way) keeps nothing for longer. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Writes referrals and everything a move changes: the held place, the request's status, its
 * open mark. The recorded transition is the commit point; what follows it is idempotent, so the
 * expiry job can finish it after a crash (`settle`).
 */
/**
 * The ledger applies what a move means to the request and the hold; the caller read the referral
 * (and so was allowed the move) in its own scope before.
 */
const LEDGER = SystemScope.of('referral-ledger');

@Injectable()
export class ReferralLedger {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly transitions: ReferralTransitionRepository,
    private readonly holds: HoldRepository,
    private readonly allocator: HoldAllocator,
    private readonly requests: SupportRequestRepository,
  ) {}

  /** Refuses early, before anything is written, when the offering has no place to hold. */
  async assertFreePlace(offering: Offering): Promise<void> {
    if (!(await this.allocator.hasFreePlace(offering))) throw new ConflictError(NO_FREE_PLACE);
  }

  async open(input: NewReferral): Promise<Referral> {
    const { id, request, offering, createdAt } = input;
    if (!(await this.referrals.openFor(request.id, id, createdAt))) {
      throw new ConflictError('Deze hulpvraag heeft al een aanmelding die nog loopt.');
    }
    let slot: number | null;
    try {
      slot = await this.allocator.take(offering, id, createdAt);
    } catch (error) {
      await this.abandon(id, false);
      throw error;
    }
    if (slot === null) {
      await this.referrals.close(id);
      throw new ConflictError(NO_FREE_PLACE);
    }
    let referral: Referral;
    try {
      referral = await this.referrals.create(pendingReferral(input));
    } catch (error) {
      await this.abandon(id, true);
      throw error;
    }
    await this.transitions.record(openingTransition(referral));
    // REFERRED is still active, as OPEN was: no request change to announce to matching.
    await this.requests.setStatus(LEDGER, request.id, 'REFERRED');
    return referral;
  }

  /** Gives back what a referral that did not get stored took; else the expiry job will. */
  private async abandon(referralId: string, mayBeStored: boolean): Promise<void> {
    try {
      // A write may fail after it landed: a stored referral keeps its place.
      if (mayBeStored && (await this.referrals.findInScope(LEDGER, referralId))) return;
      await this.holds.release(referralId);
      await this.referrals.close(referralId);
    } catch {
      // The database is away: the expiry job clears what is left.
    }
  }

  /** Moves a pending referral; the loser of a race gets a conflict saying what happened. */
  async move(
    referral: Referral,
    to: Exclude<ReferralStatus, 'PENDING'>,
    actor: ReferralActor,
    at: Date,
    reason: string | null = null,
  ): Promise<Referral> {
    const transition = transitionReferral(referral, to, actor, at, reason);
    if (!(await this.transitions.record(transition))) {
      const winner = await this.transitions.from(referral.id, 'PENDING');
      throw new ConflictError(alreadyDoneMessage(winner?.to ?? referral.status));
    }
    await this.settle(referral, transition);
    return { ...referral, status: to, respondedAt: at, reason };
  }

  /** The move out of PENDING that was recorded, if any (the truth, even after a crash). */
  decided(referralId: string): Promise<ReferralTransition | null> {
    return this.transitions.from(referralId, 'PENDING');
  }

  /** Applies what a recorded move means; safe to repeat. */
  async settle(referral: Referral, transition: ReferralTransition): Promise<void> {
    if (transition.to === 'PENDING') return;
    const outcome = outcomeOf(transition.to);
    if (outcome.hold === 'PLACE') {
      await this.holds.markPlaced(referral.id, transition.at);
      await this.moveRequest(referral, outcome.requestStatus);
    } else {
      await this.holds.release(referral.id);
      if (outcome.excludeOffering) {
        await this.requests.excludeOffering(LEDGER, referral.requestId, referral.offeringId);
      }
      // Reopen before the open mark goes: a next referral may only start on an open request.
      await this.moveRequest(referral, outcome.requestStatus);
      await this.referrals.close(referral.id);
    }
    await this.referrals.recordOutcome(transition);
  }

  /**
   * Frees what a referral that was never stored still holds, once its creator has surely given
   * up. Returns false while it may still be in the making.
   */
  async clearAbandoned(referralId: string, now: Date): Promise<boolean> {
    const started = [
      await this.holds.takenAtOf(referralId),
      await this.referrals.openedAtOf(referralId),
    ]
      .filter((at): at is Date => at !== null)
      .map((at) => at.getTime());
    if (started.some((at) => now.getTime() - at < ABANDONED_AFTER_MS)) return false;
    await this.holds.release(referralId);
    await this.referrals.close(referralId);
    return true;
  }

  private async moveRequest(referral: Referral, to: Extract<RequestStatus, 'PLACED' | 'OPEN'>) {
    const request = await this.requests.findInScope(LEDGER, referral.requestId);
    if (!request) return;
    // A closed request stays closed; a request another referral holds is left to that one.
    const open = await this.referrals.openReferralOf(referral.requestId);
    if (open && open.referralId !== referral.id) return;
    const from: readonly RequestStatus[] = to === 'PLACED' ? ['OPEN', 'REFERRED'] : ['REFERRED'];
    if (from.includes(request.status)) await this.requests.setStatus(LEDGER, request.id, to);
  }
}

function pendingReferral({ id, request, offering, ...input }: NewReferral): Referral {
  return {
    id,
    requestId: request.id,
    offeringId: offering.id,
    providerId: offering.providerId,
    municipalityCode: request.municipalityCode,
    request: {
      reference: request.reference,
      productCode: request.productCode,
      specialisms: request.specialisms,
      postcode: request.postcode,
      urgency: request.urgency,
    },
    status: 'PENDING',
    holdExpiresAt: input.holdExpiresAt,
    createdAt: input.createdAt,
    createdByUserId: input.createdByUserId,
    respondedAt: null,
    reason: null,
  };
}

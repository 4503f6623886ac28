import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import {
  alreadyDoneMessage,
  ConflictError,
  isHoldDue,
  mayChangeRequest,
  NotFoundError,
  recordScopeOf,
  referralEventOf,
  SYSTEM_ACTOR,
  type Actor,
  type Referral,
  userIdOf,
  type ReferralStatus,
  type ReferralTransition,
  type SupportRequest,
} from '@wmo/domain';
import {
  OfferingRepository,
  parseObjectId,
  ProviderRepository,
  ReferralLedger,
  ReferralRepository,
  ReferralTransitionRepository,
  SupportRequestRepository,
  type Page,
  type ReferralListFilter,
  type ReferralOrder,
} from '@wmo/persistence';
import { Notifier } from '@wmo/notifications';
import { MatchingAnnouncer } from '@wmo/matching';
import { referralAnnouncements, ReferralQueue } from '@wmo/queue';
import { holdExpiresAt } from './hold-expiry';
import { assertOfferingFits } from './referral-fit';

type Answer = Exclude<ReferralStatus, 'PENDING' | 'EXPIRED'>;

/** Referrals: sending them (a hold on a free place), answering, withdrawing, listing. */
@Injectable()
export class ReferralService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: SupportRequestRepository,
    private readonly offerings: OfferingRepository,
    private readonly providers: ProviderRepository,
    private readonly referrals: ReferralRepository,
    private readonly transitions: ReferralTransitionRepository,
    private readonly ledger: ReferralLedger,
    private readonly queue: ReferralQueue,
    private readonly notifier: Notifier,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  async create(actor: Actor, requestId: string, offeringId: string): Promise<Referral> {
    parseObjectId('requestId', requestId);
    parseObjectId('offeringId', offeringId);
    const scope = recordScopeOf(actor);
    const request = await this.requests.findInScope(scope, requestId);
    if (!request || !mayChangeRequest(scope, request)) {
      throw new NotFoundError('Deze hulpvraag bestaat niet.');
    }
    if (request.status !== 'OPEN') {
      throw new ConflictError(
        request.status === 'REFERRED'
          ? 'Deze hulpvraag heeft al een aanmelding die nog loopt.'
          : 'Deze hulpvraag is al afgesloten.',
      );
    }
    const offering = await this.offerings.findById(offeringId);
    const provider = offering && (await this.providers.findById(offering.providerId));
    if (!offering || !provider) throw new NotFoundError('Dit aanbod bestaat niet.');
    const now = new Date();
    assertOfferingFits(request, offering, provider, now);
    await this.ledger.assertFreePlace(offering);
    const id = this.referrals.newId();
    const expiresAt = holdExpiresAt(this.config, now);
    // Scheduled first: should this process die half-way, the job frees what it took.
    await this.queue.scheduleExpiry(id, expiresAt);
    let referral: Referral;
    try {
      referral = await this.announcer.announced(
        referralAnnouncements({ id, offeringId: offering.id, requestId: request.id }),
        () =>
          this.ledger.open({
            id,
            request,
            offering,
            createdByUserId: userIdOf(actor),
            createdAt: now,
            holdExpiresAt: expiresAt,
          }),
      );
    } catch (error) {
      await this.queue.cancelExpiry(id);
      throw error;
    }
    await this.notify(referral);
    return referral;
  }

  /** The provider's answer: accepted becomes a placement, declined frees the place. */
  respond(actor: Actor, referralId: string, accept: boolean, reason: string | null) {
    return this.answer(actor, referralId, accept ? 'ACCEPTED' : 'DECLINED', reason);
  }

  withdraw(actor: Actor, referralId: string, reason: string | null) {
    return this.answer(actor, referralId, 'WITHDRAWN', reason);
  }

  /**
   * Withdraws the request's pending referral, if any, freeing its place (closing a request does
   * this). A provider that accepted in the meantime wins: that is a conflict for the caller.
   */
  async withdrawPendingOf(actor: Actor, requestId: string, reason: string): Promise<void> {
    const scope = recordScopeOf(actor);
    const pending = (await this.referrals.ofRequest(scope, requestId)).filter(
      (referral) => referral.status === 'PENDING',
    );
    for (const referral of pending) {
      try {
        await this.answer(actor, referral.id, 'WITHDRAWN', reason);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const now = await this.referrals.findInScope(scope, referral.id);
        if (now?.status === 'ACCEPTED') throw error;
      }
    }
  }

  list(
    actor: Actor,
    filter: ReferralListFilter,
    first: number,
    after: string | null,
    order: ReferralOrder = 'NEWEST_FIRST',
  ): Promise<Page<Referral>> {
    return this.referrals.page(recordScopeOf(actor), filter, first, after, order);
  }

  /** When a hold made now would end: by the same rule `create` applies. */
  holdWouldEndAt(now = new Date()): Date {
    return holdExpiresAt(this.config, now);
  }

  /** A request's referrals, for whom may read its referral history (see the resolver). */
  ofRequest(actor: Actor, requestId: string): Promise<Referral[]> {
    return this.referrals.ofRequest(recordScopeOf(actor), requestId);
  }

  transitionsOf(
    actor: Actor,
    request: Pick<SupportRequest, 'id' | 'municipalityCode'>,
  ): Promise<ReferralTransition[]> {
    return this.transitions.ofRequest(recordScopeOf(actor), request);
  }

  private async answer(
    actor: Actor,
    referralId: string,
    to: Answer,
    reason: string | null,
  ): Promise<Referral> {
    parseObjectId('referralId', referralId);
    const referral = await this.referrals.findInScope(recordScopeOf(actor), referralId);
    if (!referral) throw new NotFoundError('Deze aanmelding bestaat niet.');
    const now = new Date();
    if (referral.status === 'PENDING' && isHoldDue(referral, now)) {
      // The worker has not got to it yet; expire it here, just as it would.
      await this.expire(referral, now);
      throw new ConflictError(alreadyDoneMessage('EXPIRED'));
    }
    const moved = await this.announcer.announced(referralAnnouncements(referral), () =>
      this.ledger.move(referral, to, userIdOf(actor), now, reason?.trim() || null),
    );
    // Before the expiry job is cancelled: should this process die in between, that job finds
    // the referral decided and tells of it (HoldExpiry), so the notification is not lost.
    await this.notify(moved);
    await this.queue.cancelExpiry(referral.id);
    return moved;
  }

  private async expire(referral: Referral, now: Date): Promise<void> {
    try {
      await this.announcer.announced(referralAnnouncements(referral), () =>
        this.ledger.move(referral, 'EXPIRED', SYSTEM_ACTOR, now),
      );
    } catch (error) {
      if (error instanceof ConflictError) return;
      throw error;
    }
    await this.notify({ ...referral, status: 'EXPIRED' });
    await this.queue.cancelExpiry(referral.id);
  }

  /** The move is stored and must stand: a notification that fails is only logged. */
  private async notify(referral: Referral): Promise<void> {
    const event = referralEventOf(referral, referral.status);
    if (event) await this.notifier.notifySafely(event);
  }
}

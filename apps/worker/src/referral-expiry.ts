import { Injectable, Logger } from '@nestjs/common';
import {
  SystemScope,
  ConflictError,
  isHoldDue,
  referralEventOf,
  SYSTEM_ACTOR,
  type Referral,
} from '@wmo/domain';
import { Notifier } from '@wmo/notifications';
import { ReferralLedger, ReferralRepository } from '@wmo/persistence';
import { MatchingAnnouncer } from '@wmo/matching';
import { referralAnnouncements } from '@wmo/queue';

const HOLD_EXPIRY = SystemScope.of('worker:hold-expiry');

const SWEEP_GRACE_MS = 60_000;

export type ExpiryOutcome = 'expired' | 'answered' | 'finished' | 'abandoned' | 'final';

/** Expires holds that fell due; every step is safe to repeat (jobs are delivered at least once). */
@Injectable()
export class HoldExpiry {
  private readonly logger = new Logger(HoldExpiry.name);

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly ledger: ReferralLedger,
    private readonly notifier: Notifier,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  async expire(referralId: string, now = new Date()): Promise<ExpiryOutcome> {
    const referral = await this.referrals.findInScope(HOLD_EXPIRY, referralId);
    if (!referral) {
      if (await this.ledger.clearAbandoned(referralId, now)) return 'abandoned';
      // Thrown, so that BullMQ retries: the referral may still be being stored.
      throw new Error(`referral ${referralId} not stored yet`);
    }
    if (referral.status !== 'PENDING') {
      // The answer cancels this job only after telling of it: if this job still runs, a crash
      // may have come in between, so tell again (stored once, whatever happened before).
      await this.notify(referral, referral.status);
      return 'final';
    }
    const decided = await this.ledger.decided(referral.id);
    if (decided) {
      // A move was recorded but its follow-up was cut short (a crash): finish it.
      await this.announcer.announced(referralAnnouncements(referral), () =>
        this.ledger.settle(referral, decided),
      );
      await this.notify(referral, decided.to);
      return 'finished';
    }
    if (!isHoldDue(referral, now)) throw new Error(`hold of referral ${referralId} not due yet`);
    try {
      await this.announcer.announced(referralAnnouncements(referral), () =>
        this.ledger.move(referral, 'EXPIRED', SYSTEM_ACTOR, now),
      );
    } catch (error) {
      // Answered in the same instant: the answer won, and its own call finishes it.
      if (error instanceof ConflictError) return 'answered';
      throw error;
    }
    await this.notify(referral, 'EXPIRED');
    return 'expired';
  }

  /** Thrown on failure, so that BullMQ retries: the move stands, its notification must follow. */
  private async notify(referral: Referral, status: Referral['status']): Promise<void> {
    const event = referralEventOf(referral, status);
    if (event) await this.notifier.notify(event);
  }

  async expireDue(now = new Date()): Promise<Record<ExpiryOutcome, number>> {
    const counts: Record<ExpiryOutcome, number> = {
      expired: 0,
      answered: 0,
      finished: 0,
      abandoned: 0,
      final: 0,
    };
    // Only holds well past due: the sweep is a safety net behind each hold's own job.
    const dueBefore = new Date(now.getTime() - SWEEP_GRACE_MS);
    for (const id of await this.referrals.duePendingIds(HOLD_EXPIRY, dueBefore, 500)) {
      try {
        counts[await this.expire(id, now)] += 1;
      } catch (error) {
        // One bad referral must not keep the others pending; the next sweep tries it again.
        this.logger.warn(
          `expiring ${id} failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
    return counts;
  }
}

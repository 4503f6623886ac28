import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import {
  SystemScope,
  capacityReminderOf,
  DEFAULT_MATCHING_POLICY,
  HOLD_ENDING_NOTICE_MS,
  holdEndingEventOf,
  isHoldEndingSoon,
  referralEventOf,
  type NotificationEvent,
} from '@wmo/domain';
import { PolicyBook } from '@wmo/matching';
import { Notifier } from '@wmo/notifications';
import { EmailOutboxRepository, OfferingRepository, ReferralRepository } from '@wmo/persistence';
import { findProduct, MUNICIPALITIES } from '@wmo/reference';
import { EmailDelivery, type DeliveryOutcome } from './email-delivery';

const NOTIFICATION_SWEEP = SystemScope.of('worker:notification-sweep');

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

export interface SweepCounts {
  holdEnding: number;
  received: number;
  capacityStale: number;
  emails: Partial<Record<DeliveryOutcome | 'failed', number>>;
}

/**
 * On a schedule: tells what is due by the clock (a hold ending within 24 hours, a stale
 * capacity report), tells again what a crash may have cut short (a new referral), and sends the
 * e-mails whose job was lost or gave up. Every notification is stored once per event, so
 * looking again costs a read, never a second message.
 */
@Injectable()
export class NotificationSweep {
  private readonly logger = new Logger(NotificationSweep.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly referrals: ReferralRepository,
    private readonly offerings: OfferingRepository,
    private readonly outbox: EmailOutboxRepository,
    private readonly policies: PolicyBook,
    private readonly notifier: Notifier,
    private readonly delivery: EmailDelivery,
  ) {}

  async run(now = new Date()): Promise<SweepCounts> {
    return {
      holdEnding: await this.tell(await this.holdsEndingSoon(now)),
      received: await this.tell(await this.recentReferrals(now)),
      capacityStale: await this.tell(await this.staleReports(now)),
      emails: await this.sendLeftovers(now),
    };
  }

  private async holdsEndingSoon(now: Date): Promise<NotificationEvent[]> {
    const ending = await this.referrals.pendingEndingBefore(
      NOTIFICATION_SWEEP,
      new Date(now.getTime() + HOLD_ENDING_NOTICE_MS),
      BATCH,
    );
    return ending.filter((r) => isHoldEndingSoon(r, now)).map(holdEndingEventOf);
  }

  /** A referral stored just before a crash may have missed its notification. */
  private async recentReferrals(now: Date): Promise<NotificationEvent[]> {
    const recent = await this.referrals.pendingCreatedSince(
      NOTIFICATION_SWEEP,
      new Date(now.getTime() - DAY_MS),
      BATCH,
    );
    return recent.flatMap((referral) => referralEventOf(referral, 'PENDING') ?? []);
  }

  private async staleReports(now: Date): Promise<NotificationEvent[]> {
    const policyOf = await this.policies.snapshot();
    const staleAfterDaysOf = (code: string) => policyOf(code).staleAfterDays;
    const strictest = Math.min(
      DEFAULT_MATCHING_POLICY.staleAfterDays,
      ...MUNICIPALITIES.map((m) => staleAfterDaysOf(m.code)),
    );
    const candidates = await this.offerings.reportedBefore(
      new Date(now.getTime() - strictest * DAY_MS),
      BATCH,
    );
    return candidates.flatMap(
      (offering) =>
        capacityReminderOf(
          offering,
          staleAfterDaysOf,
          DEFAULT_MATCHING_POLICY.staleAfterDays,
          findProduct(offering.productCode)?.name ?? offering.productCode,
          now,
        ) ?? [],
    );
  }

  private async tell(events: readonly NotificationEvent[]): Promise<number> {
    let added = 0;
    for (const event of events) {
      try {
        added += await this.notifier.notify(event);
      } catch (error) {
        this.logger.warn(`sweep: ${event.kind} not stored: ${(error as Error).message}`);
      }
    }
    return added;
  }

  /** E-mails older than a lease and still unsent: their own job was lost or gave up. */
  private async sendLeftovers(now: Date): Promise<SweepCounts['emails']> {
    const counts: SweepCounts['emails'] = {};
    const before = new Date(now.getTime() - this.config.EMAIL_CLAIM_LEASE_SECONDS * 1000);
    for (const id of await this.outbox.unsentIds(before, BATCH)) {
      let outcome: DeliveryOutcome | 'failed';
      try {
        outcome = await this.delivery.deliver(id);
      } catch (error) {
        outcome = 'failed';
        this.logger.warn(`sweep: e-mail ${id} not sent: ${(error as Error).message}`);
      }
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      if (outcome === 'disabled') break;
    }
    return counts;
  }
}

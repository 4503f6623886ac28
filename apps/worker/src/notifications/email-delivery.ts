import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { messageIdOf, nextDeliveryStep } from '@wmo/domain';
import { EmailOutboxRepository } from '@wmo/persistence';
import { EmailTransport } from './email-transport';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'busy' | 'missing' | 'disabled';

/**
 * Sends one outbox e-mail at most once at a time: claim an attempt (an insert under a unique
 * id), send within the lease, record "sent" (an insert under the e-mail's id).
 *
 * A crash after the claim and before the SMTP server accepted: nothing was delivered; once the
 * lease has run out the next attempt sends it — not lost, not doubled. A crash after the server
 * accepted and before "sent" was recorded: the next attempt sends it again, with the same
 * Message-ID (at-least-once; mail systems drop the copy by Message-ID). That window is the time
 * of one insert; no protocol can close it against a plain SMTP server.
 */
@Injectable()
export class EmailDelivery {
  private readonly leaseMs: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: EmailOutboxRepository,
    private readonly transport: EmailTransport,
  ) {
    this.leaseMs = config.EMAIL_CLAIM_LEASE_SECONDS * 1000;
  }

  async deliver(emailId: string, now = new Date()): Promise<DeliveryOutcome> {
    if (!this.transport.enabled) return 'disabled';
    const email = await this.outbox.findById(emailId);
    if (!email) return 'missing';
    const [sent, latest] = await Promise.all([
      this.outbox.isSent(emailId),
      this.outbox.latestClaim(emailId),
    ]);
    const step = nextDeliveryStep(sent, latest, now);
    if (step.kind === 'done') {
      await this.outbox.markSentFromRecord(emailId);
      return 'already-sent';
    }
    if (step.kind === 'busy') return 'busy';
    const claim = await this.outbox.claim(emailId, step.attempt, randomUUID(), now, this.leaseMs);
    if (!claim) return 'busy';
    let response: string;
    try {
      response = await this.transport.send(email, messageIdOf(emailId, this.config.EMAIL_FROM));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.outbox.releaseFailed(claim, new Date(), message);
      throw error;
    }
    await this.outbox.recordSent(claim, new Date(), response);
    return 'sent';
  }
}

import { Injectable } from '@nestjs/common';
import type { ReferralJobHandlers } from '@wmo/queue';
import { HoldExpiry } from './referral-expiry';

/** One small, idempotent handler per referral job. */
@Injectable()
export class ReferralJobHandlerSet {
  constructor(private readonly expiry: HoldExpiry) {}

  readonly handlers: ReferralJobHandlers = {
    'expire-hold': async ({ referralId }) => ({ outcome: await this.expiry.expire(referralId) }),
    'expire-due-holds': async () => this.expiry.expireDue(),
  };
}

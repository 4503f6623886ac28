import { Module } from '@nestjs/common';
import { NotificationsModule } from '@wmo/notifications';
import { MatchingModule } from '@wmo/matching';
import { PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { OfferingHoldsResolver } from './offering-holds.resolver';
import { ReferralResolver } from './referral.resolver';
import { ReferralTransitionResolver } from './referral-transition.resolver';
import { ReferralService } from './referral.service';
import { RequestReferralsResolver } from './request-referrals.resolver';

/** Referrals and the places they hold (API.md, "Referrals and holds"). */
@Module({
  imports: [PersistenceModule, QueueModule, NotificationsModule, MatchingModule],
  providers: [
    ReferralService,
    ReferralResolver,
    ReferralTransitionResolver,
    RequestReferralsResolver,
    OfferingHoldsResolver,
  ],
  exports: [ReferralService],
})
export class ReferralsModule {}

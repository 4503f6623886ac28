import { Module } from '@nestjs/common';
import { MatchingQueue } from './matching-queue';
import { NotificationQueue } from './notification-queue';
import { ReferralQueue } from './referral-queue';

@Module({
  providers: [MatchingQueue, ReferralQueue, NotificationQueue],
  exports: [MatchingQueue, ReferralQueue, NotificationQueue],
})
export class QueueModule {}

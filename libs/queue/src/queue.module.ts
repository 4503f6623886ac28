import { Module } from '@nestjs/common';
import { MatchingQueue } from './matching-queue';
import { NotificationQueue } from './notification-queue';
import { ReferralQueue } from './referral-queue';
import { RetentionQueue } from './retention-queue';

@Module({
  providers: [MatchingQueue, ReferralQueue, NotificationQueue, RetentionQueue],
  exports: [MatchingQueue, ReferralQueue, NotificationQueue, RetentionQueue],
})
export class QueueModule {}

import { Module } from '@nestjs/common';
import { MatchingQueue } from './matching-queue';
import { ReferralQueue } from './referral-queue';

@Module({ providers: [MatchingQueue, ReferralQueue], exports: [MatchingQueue, ReferralQueue] })
export class QueueModule {}

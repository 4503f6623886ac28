import { Module } from '@nestjs/common';
import { ConfigModule } from '@wmo/config';
import { MatchingModule } from '@wmo/matching';
import { PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { AnnouncementDrainer } from './announcement-drainer';
import { MatchingJobHandlerSet } from './matching-job-handlers';
import { MatchingWorker } from './matching-worker';
import { HoldExpiry } from './referral-expiry';
import { ReferralJobHandlerSet } from './referral-job-handlers';
import { ReferralWorker } from './referral-worker';
import { RedisRecovery } from './redis-recovery';

@Module({
  imports: [ConfigModule, PersistenceModule, MatchingModule, QueueModule],
  providers: [
    MatchingJobHandlerSet,
    MatchingWorker,
    HoldExpiry,
    ReferralJobHandlerSet,
    ReferralWorker,
    AnnouncementDrainer,
    RedisRecovery,
  ],
})
export class WorkerModule {}

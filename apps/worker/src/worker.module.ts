import { Module } from '@nestjs/common';
import { ConfigModule } from '@wmo/config';
import { MatchingModule } from '@wmo/matching';
import { PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { MatchingJobHandlerSet } from './matching-job-handlers';
import { MatchingWorker } from './matching-worker';

@Module({
  imports: [ConfigModule, PersistenceModule, MatchingModule, QueueModule],
  providers: [MatchingJobHandlerSet, MatchingWorker],
})
export class WorkerModule {}

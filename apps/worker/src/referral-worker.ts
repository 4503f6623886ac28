import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName, ReferralJob, ReferralQueue, RedisConnections } from '@wmo/queue';
import { QueueProcessor } from './queue-processor';
import { ReferralJobHandlerSet } from './referral-job-handlers';

/** The referrals queue's worker: expires holds that were not answered in time. */
@Injectable()
export class ReferralWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    redis: RedisConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: ReferralJobHandlerSet,
    private readonly queue: ReferralQueue,
  ) {
    super(redis, QueueName.Referrals, Object.values(ReferralJob), handlerSet.handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start(this.config.WORKER_CONCURRENCY);
    await this.queue.scheduleDueHoldsSweep();
  }
}

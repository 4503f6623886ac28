import { Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName, ReferralJob, ReferralQueue } from '@wmo/queue';
import { processorOptions, QueueProcessor } from './queue-processor';
import { ReferralJobHandlerSet } from './referral-job-handlers';

/** The referrals queue's worker: expires holds that were not answered in time. */
@Processor(QueueName.Referrals, processorOptions())
export class ReferralWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: ReferralJobHandlerSet,
    private readonly queue: ReferralQueue,
  ) {
    super(QueueName.Referrals, Object.values(ReferralJob), handlerSet.handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start(this.config.WORKER_CONCURRENCY);
    await this.queue.scheduleDueHoldsSweep();
  }
}

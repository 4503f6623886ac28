import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName, ReferralJob, ReferralQueue } from '@wmo/queue';
import { QueueWorkerHost } from './queue-worker-host';
import { ReferralJobHandlerSet } from './referral-job-handlers';

/** The referrals queue's worker: expires holds that were not answered in time. */
@Injectable()
export class ReferralWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly host: QueueWorkerHost;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: ReferralJobHandlerSet,
    private readonly queue: ReferralQueue,
  ) {
    this.host = new QueueWorkerHost(
      QueueName.Referrals,
      Object.values(ReferralJob),
      handlerSet.handlers,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.host.start(this.config);
    await this.queue.scheduleDueHoldsSweep();
  }

  onApplicationShutdown(): Promise<void> {
    return this.host.stop();
  }
}

import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { MatchingJob, MatchingQueue, QueueName } from '@wmo/queue';
import { MatchingJobHandlerSet } from './matching-job-handlers';
import { QueueWorkerHost } from './queue-worker-host';

/** The matching queue's worker: recomputes shortlists; schedules the nightly sweep. */
@Injectable()
export class MatchingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly host: QueueWorkerHost;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: MatchingJobHandlerSet,
    private readonly queue: MatchingQueue,
  ) {
    this.host = new QueueWorkerHost(
      QueueName.Matching,
      Object.values(MatchingJob),
      handlerSet.handlers,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.host.start(this.config);
    await this.queue.scheduleNightlySweep();
  }

  onApplicationShutdown(): Promise<void> {
    return this.host.stop();
  }
}

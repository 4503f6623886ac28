import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName, RetentionJob, RetentionQueue } from '@wmo/queue';
import { QueueWorkerHost } from '../queue-worker-host';
import { RetentionJobHandlerSet } from './retention-job-handlers';

/** The retention queue's worker: applies the retention periods on a schedule. */
@Injectable()
export class RetentionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly host: QueueWorkerHost;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: RetentionJobHandlerSet,
    private readonly queue: RetentionQueue,
  ) {
    this.host = new QueueWorkerHost(
      QueueName.Retention,
      Object.values(RetentionJob),
      handlerSet.handlers,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.host.start(this.config);
    await this.queue.schedule();
  }

  onApplicationShutdown(): Promise<void> {
    return this.host.stop();
  }
}

import { Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { NotificationJob, NotificationQueue, QueueName } from '@wmo/queue';
import { processorOptions, QueueProcessor } from '../queue-processor';
import { NotificationJobHandlerSet } from './notification-job-handlers';

/** The notifications queue's worker: sends outbox e-mails; sweeps on a schedule. */
@Processor(
  QueueName.Notifications,
  // A killed worker's job is handed to another within seconds, not half a minute.
  processorOptions({ lockDuration: 10_000, stalledInterval: 5_000 }),
)
export class NotificationWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: NotificationJobHandlerSet,
    private readonly queue: NotificationQueue,
  ) {
    super(QueueName.Notifications, Object.values(NotificationJob), handlerSet.handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start(this.config.WORKER_CONCURRENCY);
    await this.queue.scheduleSweep();
  }
}

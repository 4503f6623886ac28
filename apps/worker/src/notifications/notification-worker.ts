import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { NotificationJob, NotificationQueue, QueueName, RedisConnections } from '@wmo/queue';
import { QueueProcessor } from '../queue-processor';
import { NotificationJobHandlerSet } from './notification-job-handlers';

/** The notifications queue's worker: sends outbox e-mails; sweeps on a schedule. */
@Injectable()
export class NotificationWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    redis: RedisConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: NotificationJobHandlerSet,
    private readonly queue: NotificationQueue,
  ) {
    super(redis, QueueName.Notifications, Object.values(NotificationJob), handlerSet.handlers, {
      // A killed worker's job is handed to another within seconds, not half a minute.
      lockDuration: 10_000,
      stalledInterval: 5_000,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start(this.config.WORKER_CONCURRENCY);
    await this.queue.scheduleSweep();
  }
}

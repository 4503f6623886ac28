import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { NotificationJob, NotificationQueue, QueueName } from '@wmo/queue';
import { QueueWorkerHost } from '../queue-worker-host';
import { NotificationJobHandlerSet } from './notification-job-handlers';

/** The notifications queue's worker: sends outbox e-mails; sweeps on a schedule. */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly host: QueueWorkerHost;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: NotificationJobHandlerSet,
    private readonly queue: NotificationQueue,
  ) {
    this.host = new QueueWorkerHost(
      QueueName.Notifications,
      Object.values(NotificationJob),
      handlerSet.handlers,
      // A killed worker's job is handed to another within seconds, not half a minute.
      { lockDuration: 10_000, stalledInterval: 5_000 },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.host.start(this.config);
    await this.queue.scheduleSweep();
  }

  onApplicationShutdown(): Promise<void> {
    return this.host.stop();
  }
}

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { NotificationJob } from './notification-jobs';
import { QueueName } from './queue-names';
import { createRedisConnection } from './redis-connection';

/** Producer for the notifications queue: e-mails to send, and the sweep's schedule. */
@Injectable()
export class NotificationQueue implements OnModuleDestroy {
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
    this.queue = new Queue(QueueName.Notifications, {
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      defaultJobOptions: {
        // An SMTP server away for a while: 1 s, 2 s, 4 s … about 8 minutes in all; the sweep
        // tries again after that.
        attempts: 10,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    });
  }

  /** One job per e-mail; queuing it again while it waits or runs changes nothing. */
  async sendEmail(emailId: string): Promise<void> {
    await this.queue.add(
      NotificationJob.SendEmail,
      { emailId },
      // BullMQ job ids may not contain ':' (it separates Redis keys).
      { jobId: `send-email-${emailId.replace(/:/g, '-')}` },
    );
  }

  async scheduleSweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'notification-sweep',
      { every: this.config.NOTIFICATION_SWEEP_SECONDS * 1000 },
      { name: NotificationJob.NotificationSweep, data: {} },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

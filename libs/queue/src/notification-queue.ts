import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { NotificationJob, type NotificationJobPayloads } from './notification-jobs';
import { QueueName } from './queue-names';
import type { TypedQueue } from './typed-queue';

/** Producer for the notifications queue: e-mails to send, and the sweep's schedule. */
@Injectable()
export class NotificationQueue {
  constructor(
    @InjectQueue(QueueName.Notifications) readonly queue: TypedQueue<NotificationJobPayloads>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
}

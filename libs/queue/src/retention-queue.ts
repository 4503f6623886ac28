import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName } from './queue-names';
import { RetentionJob, type RetentionJobPayloads } from './retention-jobs';
import type { TypedQueue } from './typed-queue';

export const RETENTION_SCHEDULER = 'apply-retention';

/** Producer for the retention queue: its schedule, and a run on demand. */
@Injectable()
export class RetentionQueue {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Retention) readonly queue: TypedQueue<RetentionJobPayloads>,
  ) {}

  /** Idempotent, so every worker may call it at start. */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER,
      { every: this.config.RETENTION_EVERY_SECONDS * 1000 },
      { name: RetentionJob.ApplyRetention, data: { trigger: 'schedule' } },
    );
  }

  /** One run at a time: a second request while one waits is dropped. */
  async runNow(): Promise<void> {
    await this.queue.add(
      RetentionJob.ApplyRetention,
      { trigger: 'manual' },
      { deduplication: { id: 'apply-retention' } },
    );
  }
}

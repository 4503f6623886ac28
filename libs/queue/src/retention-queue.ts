import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { QueueName } from './queue-names';
import { createRedisConnection } from './redis-connection';
import { RetentionJob, type ApplyRetentionJob } from './retention-jobs';

export const RETENTION_SCHEDULER = 'apply-retention';

/** Producer for the retention queue: its schedule, and a run on demand. */
@Injectable()
export class RetentionQueue implements OnModuleDestroy {
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
    this.queue = new Queue(QueueName.Retention, {
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      defaultJobOptions: {
        // A database away for a while: the run is resumable, so trying again is always safe.
        attempts: 5,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    });
  }

  /** Idempotent, so every worker may call it at start. */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER,
      { every: this.config.RETENTION_EVERY_SECONDS * 1000 },
      {
        name: RetentionJob.ApplyRetention,
        data: { trigger: 'schedule' } satisfies ApplyRetentionJob,
      },
    );
  }

  /** One run at a time: a second request while one waits is dropped. */
  async runNow(): Promise<void> {
    await this.queue.add(
      RetentionJob.ApplyRetention,
      { trigger: 'manual' } satisfies ApplyRetentionJob,
      { deduplication: { id: 'apply-retention' } },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

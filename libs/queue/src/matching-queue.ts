import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import type { MatchingJobPayloads } from './job-payloads';
import { MatchingJob, QueueName } from './queue-names';
import { createRedisConnection } from './redis-connection';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  // Keep failures visible for inspection; drop successes soon.
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Producer for the matching queue, shared by api and worker. */
@Injectable()
export class MatchingQueue implements OnModuleDestroy {
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
    this.queue = new Queue(QueueName.Matching, {
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
  }

  async offeringChanged(payload: MatchingJobPayloads[MatchingJob.OfferingChanged]): Promise<void> {
    await this.queue.add(MatchingJob.OfferingChanged, payload);
  }

  async requestChanged(payload: MatchingJobPayloads[MatchingJob.RequestChanged]): Promise<void> {
    await this.queue.add(MatchingJob.RequestChanged, payload);
  }

  /**
   * One recompute per request at a time, and at most one waiting behind it: a burst of changes
   * coalesces into one run that reads the data after the last change (BullMQ keepLastIfActive).
   */
  async recomputeShortlists(
    payloads: readonly MatchingJobPayloads[MatchingJob.RecomputeShortlist][],
  ): Promise<void> {
    if (payloads.length === 0) return;
    await this.queue.addBulk(
      payloads.map((data) => ({
        name: MatchingJob.RecomputeShortlist,
        data,
        opts: { deduplication: { id: `recompute:${data.requestId}`, keepLastIfActive: true } },
      })),
    );
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

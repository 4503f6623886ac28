import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { createRedisConnection, MatchingJob, MatchingQueue, QueueName } from '@wmo/queue';
import { MatchingJobHandlerSet } from './matching-job-handlers';

/** Hosts the BullMQ worker of the matching queue. */
@Injectable()
export class MatchingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingWorker.name);
  private worker: Worker | null = null;
  private connection: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlerSet: MatchingJobHandlerSet,
    private readonly queue: MatchingQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    assertOneHandlerPerJob(Object.keys(this.handlerSet.handlers));
    this.connection = createRedisConnection(this.config.REDIS_URL, 'worker');
    this.worker = new Worker(QueueName.Matching, (job: Job) => this.dispatch(job), {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed: ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
    await this.worker.waitUntilReady();
    await this.queue.scheduleNightlySweep();
  }

  /** Graceful: waits for active jobs to finish; unfinished ones are re-delivered as stalled. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection?.disconnect();
  }

  private dispatch(job: Job): Promise<unknown> {
    const name = job.name as MatchingJob;
    const handler = this.handlerSet.handlers[name] as
      ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job.data);
  }
}

/** Fail fast at start-up when a job name has no handler or a handler has no job. */
export function assertOneHandlerPerJob(handlerNames: readonly string[]): void {
  const jobNames = Object.values(MatchingJob) as string[];
  const missing = jobNames.filter((name) => !handlerNames.includes(name));
  const unknown = handlerNames.filter((name) => !jobNames.includes(name));
  if (missing.length || unknown.length) {
    throw new Error(
      `matching job handlers do not match job names: missing [${missing}], unknown [${unknown}]`,
    );
  }
}

import { Logger } from '@nestjs/common';
import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@wmo/config';
import { createRedisConnection } from '@wmo/queue';
import { countJob } from './http/job-outcomes';

type Handler = (payload: never) => Promise<unknown>;

/** Hosts whose BullMQ worker runs: shutdown closes them before anything else (see main.ts). */
const running = new Set<QueueWorkerHost>();

/**
 * SIGTERM: every queue worker stops taking jobs and finishes its active ones, while MongoDB and
 * Redis are still open (Nest's own shutdown hooks close the producers' connections first).
 */
export async function stopAllQueueWorkers(): Promise<void> {
  await Promise.all([...running].map((host) => host.stop()));
}

/**
 * A killed worker's active job must be taken again within 10 s. BullMQ holds a lock on each
 * active job, renewed every lockDuration / 2 while the worker lives; once a killed worker's lock
 * has lapsed (at most LOCK_DURATION_MS after its last renewal), the next stalled-job check (every
 * STALLED_INTERVAL_MS, on every worker, and at once when a worker starts) moves the job back to
 * waiting: at most 6 + 3 = 9 s. The defaults (30 s + 30 s) made it up to a minute. Shorter would
 * let an event loop busy for longer than 6 s (it ranks in slices of a few ms) lose a live job's
 * lock; even then the job is only done twice, which the shortlist fence makes harmless.
 * MAX_STALLED_COUNT lets a job stall a few times (several kills in a row) before it fails.
 */
export const LOCK_DURATION_MS = 6_000;
export const STALLED_INTERVAL_MS = 3_000;
const MAX_STALLED_COUNT = 5;

/**
 * Runs one BullMQ worker for one queue and dispatches each job to its handler. Checks at start
 * that every job name has exactly one handler, so a forgotten one fails fast instead of
 * silently piling up jobs. Stops gracefully: active jobs finish; unfinished ones are
 * re-delivered as stalled.
 */
export class QueueWorkerHost {
  private readonly logger: Logger;
  private worker: Worker | null = null;
  private connection: Redis | null = null;

  constructor(
    private readonly queueName: string,
    private readonly jobNames: readonly string[],
    private readonly handlers: Readonly<Record<string, Handler>>,
    private readonly options: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'> = {},
  ) {
    this.logger = new Logger(`Worker:${queueName}`);
  }

  async start(config: AppConfig): Promise<void> {
    assertHandlersMatchJobs(this.queueName, this.jobNames, Object.keys(this.handlers));
    this.connection = createRedisConnection(config.REDIS_URL, 'worker');
    this.worker = new Worker(this.queueName, (job: Job) => this.dispatch(job), {
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
      // A queue with long jobs (e-mail) sets its own lock and stall check.
      ...this.options,
    });
    this.worker.on('completed', () => countJob(this.queueName, 'completed'));
    this.worker.on('failed', (job, error) => {
      countJob(this.queueName, 'failed');
      this.logger.warn(`job ${job?.name} ${job?.id} failed: ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
    await this.worker.waitUntilReady();
    running.add(this);
  }

  /** Safe to call twice: the second call waits for the same close. */
  async stop(): Promise<void> {
    running.delete(this);
    await this.worker?.close();
    this.connection?.disconnect();
  }

  private dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job.data);
  }
}

/** Fail fast at start-up when a job name has no handler or a handler has no job. */
export function assertHandlersMatchJobs(
  queue: string,
  jobNames: readonly string[],
  handlerNames: readonly string[],
): void {
  const missing = jobNames.filter((name) => !handlerNames.includes(name));
  const unknown = handlerNames.filter((name) => !jobNames.includes(name));
  if (missing.length || unknown.length) {
    throw new Error(
      `${queue} job handlers do not match job names: missing [${missing}], unknown [${unknown}]`,
    );
  }
}

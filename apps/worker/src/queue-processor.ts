import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { RedisConnections } from '@wmo/queue';
import { Worker, type Job, type WorkerOptions } from 'bullmq';
import { countJob } from './http/job-outcomes';

/** Hosts whose BullMQ worker runs: shutdown closes them before anything else (see main.ts). */
const running = new Set<QueueProcessor>();

/**
 * SIGTERM: every queue worker stops taking jobs and finishes its active ones, while MongoDB and
 * Redis are still open (Nest's own shutdown hooks close the producers' connections first).
 */
export async function stopAllQueueWorkers(): Promise<void> {
  await Promise.all([...running].map((processor) => processor.stop()));
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

/** A queue with long jobs (e-mail) sets its own lock and stall check. */
export type ProcessorLocks = Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'>;

type Handler = (payload: never) => Promise<unknown>;

/**
 * One queue's processor: a BullMQ worker, made when its process is ready for jobs (`start`; the
 * matching worker warms up first), on a Redis connection of its own whose commands wait for
 * Redis to come back (redis-roles.ts says why not the queues' connection). Dispatches each job
 * to its handler; `start` checks that every job name has exactly one handler, so a forgotten
 * one fails fast instead of silently piling up jobs. Stops gracefully, before the queues and
 * connections close: active jobs finish; unfinished ones are re-delivered as stalled.
 */
export abstract class QueueProcessor implements OnApplicationShutdown {
  private readonly logger: Logger;
  private worker: Worker | null = null;

  protected constructor(
    private readonly redis: RedisConnections,
    private readonly queueName: string,
    private readonly jobNames: readonly string[],
    private readonly handlers: Readonly<Record<string, Handler>>,
    private readonly locks: ProcessorLocks = {},
  ) {
    this.logger = new Logger(`Worker:${queueName}`);
  }

  process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job.data);
  }

  /** Starts taking jobs, `concurrency` at a time. */
  protected async start(concurrency: number): Promise<void> {
    assertHandlersMatchJobs(this.queueName, this.jobNames, Object.keys(this.handlers));
    const worker = new Worker(this.queueName, (job) => this.process(job), {
      connection: this.redis.open('blocking'),
      prefix: this.redis.prefix,
      autorun: false,
      concurrency,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
      ...this.locks,
    });
    this.worker = worker;
    worker.on('completed', () => countJob(this.queueName, 'completed'));
    worker.on('failed', (job, error) => {
      countJob(this.queueName, 'failed');
      this.logger.warn(`job ${job?.name} ${job?.id} failed: ${error.message}`);
    });
    worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
    worker.run().catch((error: unknown) => {
      this.logger.error(`worker stopped: ${error instanceof Error ? error.message : error}`);
    });
    await worker.waitUntilReady();
    running.add(this);
  }

  /** Stops taking jobs and waits for the active ones. Safe to call twice (same close). */
  async stop(): Promise<void> {
    running.delete(this);
    await this.worker?.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
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

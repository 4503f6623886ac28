import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { OfferingCache, RequestBook, ShortlistHeads } from '@wmo/matching';
import {
  MatchingJob,
  MatchingQueue,
  QueueName,
  RECOMPUTE_PARTITIONS,
  RedisConnections,
} from '@wmo/queue';
import { MatchingJobHandlerSet } from './matching-job-handlers';
import { QueueProcessor } from './queue-processor';

/** How often the in-memory copies are saved to Redis for the next start, if they changed. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;

/**
 * The matching queue's worker: recomputes shortlists; schedules the nightly sweep. Loads the
 * offerings, the open requests and the shortlist heads before it takes its first job: from the
 * snapshots in Redis when usable, which it saves after loading, every few minutes and when it
 * stops.
 */
@Injectable()
export class MatchingWorker
  extends QueueProcessor
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private loaded = false;
  private started: Promise<void> | null = null;
  private snapshotTimer: NodeJS.Timeout | null = null;
  private readonly snapshotLogger = new Logger(MatchingWorker.name);

  constructor(
    redis: RedisConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    handlerSet: MatchingJobHandlerSet,
    private readonly queue: MatchingQueue,
    private readonly offerings: OfferingCache,
    private readonly book: RequestBook,
    private readonly heads: ShortlistHeads,
  ) {
    super(redis, QueueName.Matching, Object.values(MatchingJob), handlerSet.handlers);
  }

  /**
   * Not awaited by Nest, so the worker's HTTP server (health, metrics) answers while the books
   * load; main waits for `whenStarted()` before it says the worker is ready.
   */
  onApplicationBootstrap(): void {
    this.started = this.warmUpAndStart();
    this.started.catch(() => undefined);
  }

  whenStarted(): Promise<void> {
    return this.started ?? Promise.reject(new Error('matching worker not bootstrapped'));
  }

  private async warmUpAndStart(): Promise<void> {
    // Warm up before taking jobs, so the first burst does not wait for the full reads. Heads
    // first when they must be rebuilt from the database (Redis lost them): the rebuild holds
    // every head in memory for a moment, and not on top of the offerings and requests it loads
    // next (the worker's peak memory at national scale; a no-op when Redis has them).
    await this.heads.ensureComplete();
    await Promise.all([this.offerings.sync(), this.book.sync()]);
    this.loaded = true;
    // Each backlog partition's drain holds a slot while its backlog has entries (it waits for
    // them to settle): the change jobs get WORKER_CONCURRENCY slots beside them, so a burst's
    // changes are expanded while the recomputes run.
    await this.start(this.config.WORKER_CONCURRENCY + RECOMPUTE_PARTITIONS);
    await this.queue.scheduleNightlySweep();
    await this.queue.scheduleDailyCoverageSnapshot();
    await this.saveSnapshots();
    this.snapshotTimer = setInterval(() => void this.saveSnapshots(), SNAPSHOT_INTERVAL_MS);
    this.snapshotTimer.unref();
  }

  /** Saves the copies that changed; a failure only costs the next start a full read. */
  private async saveSnapshots(): Promise<void> {
    await Promise.all([this.offerings.saveSnapshot(), this.book.saveSnapshot()]).catch(
      (error: unknown) => this.snapshotLogger.warn(`snapshots not saved: ${String(error)}`),
    );
  }

  /** Whether the offerings, open requests and shortlist heads are in memory (readiness). */
  get booksLoaded(): boolean {
    return this.loaded;
  }

  /** Before any connection closes: finish the jobs, then save the copies for the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    // A stop during warm-up waits for it, so the BullMQ worker it starts is closed too.
    await this.started?.catch(() => undefined);
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    await this.stop();
    if (this.loaded) await this.saveSnapshots();
  }

  override async onApplicationShutdown(): Promise<void> {
    await this.started?.catch(() => undefined);
    await this.stop();
  }
}

import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { shortlistUpdatedChannel } from '@wmo/matching';
import { QueueName, RECOMPUTE_PARTITIONS, RecomputeBacklog } from '@wmo/queue';

/**
 * When each shortlist revision was announced on the worker's "shortlist updated" channel: the
 * moment it became visible to users, observed without reading the database.
 */
export class RevisionAnnouncements {
  /** requestId → revision → wall-clock ms. */
  readonly seen = new Map<string, Map<number, number>>();
  count = 0;
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly queuePrefix: string,
  ) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  }

  async start(): Promise<void> {
    this.redis.on('message', (_channel: string, message: string) => this.record(message));
    await this.redis.subscribe(shortlistUpdatedChannel(this.queuePrefix));
  }

  at(requestId: string, revision: number): number | undefined {
    return this.seen.get(requestId)?.get(revision);
  }

  close(): void {
    this.redis.disconnect();
  }

  private record(message: string): void {
    const event = JSON.parse(message) as { requestId?: unknown; revision?: unknown };
    if (typeof event.requestId !== 'string' || typeof event.revision !== 'number') return;
    const revisions = this.seen.get(event.requestId) ?? new Map<number, number>();
    if (!revisions.has(event.revision)) revisions.set(event.revision, Date.now());
    this.seen.set(event.requestId, revisions);
    this.count++;
  }
}

export interface RecomputeCounts {
  stored: number;
  unchanged: number;
  skipped: number;
}

export interface QueueDepth {
  readonly waiting: number;
  readonly active: number;
  /** Delayed jobs due within a minute (retries). */
  readonly delayed: number;
  readonly failed: number;
  /** Requests waiting for a recompute (the worker's backlog in Redis). */
  readonly backlog: number;
  /** waiting + active + delayed + backlog: the work still to do. */
  readonly pending: number;
}

/**
 * Watches the matching queue from outside: job counts, and the outcome each finished job
 * returned (best effort: it reads return values, which the worker may change).
 */
export class QueueWatch {
  readonly outcomes: RecomputeCounts = { stored: 0, unchanged: 0, skipped: 0 };
  /** Requests the offering-changed jobs queued for recompute, before coalescing. */
  queuedByChanges = 0;
  changesDone = 0;
  private readonly queue: Queue;
  private readonly backlogs: RecomputeBacklog[];
  private readonly events: QueueEvents<unknown>;
  private readonly connections: Redis[];

  constructor(redisUrl: string, prefix: string) {
    const connection = () => new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.connections = [connection(), connection()];
    const [forQueue, forEvents] = this.connections;
    this.queue = new Queue(QueueName.Matching, { connection: forQueue, prefix });
    this.backlogs = Array.from(
      { length: RECOMPUTE_PARTITIONS },
      (_, partition) => new RecomputeBacklog(forQueue as Redis, prefix, partition),
    );
    this.events = new QueueEvents<unknown>(QueueName.Matching, { connection: forEvents, prefix });
    this.events.on('completed', ({ returnvalue }) => this.record(returnvalue));
  }

  async start(): Promise<void> {
    await this.events.waitUntilReady();
  }

  async depth(): Promise<QueueDepth> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active', 'failed');
    // A job scheduler (e.g. a nightly sweep) parks its next run as a delayed job: not work of
    // this burst. Retries wait seconds, so only delayed jobs due within a minute count.
    const delayed = await this.queue.getDelayed(0, 999);
    const dueSoon = delayed.filter((job) => job.timestamp + job.delay - Date.now() < 60_000);
    const sizes = await Promise.all(this.backlogs.map((backlog) => backlog.size()));
    const backlog = sizes.reduce((sum, size) => sum + size, 0);
    const pending =
      (counts.waiting ?? 0) +
      (counts.prioritized ?? 0) +
      (counts.active ?? 0) +
      dueSoon.length +
      backlog;
    return {
      backlog,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: dueSoon.length,
      failed: counts.failed ?? 0,
      pending,
    };
  }

  /**
   * The finished jobs BullMQ still keeps, by name: when each was added, taken and finished
   * (epoch ms), to report run times, queue waits and when the last of them finished.
   */
  async jobTimes(): Promise<Map<string, JobTimes[]>> {
    const jobs = await this.queue.getJobs(['completed', 'failed'], 0, 4_999);
    const byName = new Map<string, JobTimes[]>();
    for (const job of jobs) {
      if (job.processedOn === undefined || job.finishedOn === undefined) continue;
      const times = { added: job.timestamp, taken: job.processedOn, finished: job.finishedOn };
      byName.set(job.name, [...(byName.get(job.name) ?? []), times]);
    }
    return byName;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    for (const connection of this.connections) connection.disconnect();
  }

  private record(returnvalue: unknown): void {
    if (typeof returnvalue !== 'object' || returnvalue === null) return;
    const value = returnvalue as Partial<Record<keyof RecomputeCounts | 'affected', unknown>>;
    if (typeof value.stored === 'number') {
      // A backlog run: how many of its recomputes stored, found unchanged or skipped.
      for (const kind of ['stored', 'unchanged', 'skipped'] as const) {
        const count = value[kind];
        if (typeof count === 'number') this.outcomes[kind] += count;
      }
    } else if (typeof value.affected === 'number') {
      this.queuedByChanges += value.affected;
      this.changesDone++;
    }
  }
}

/** When a finished job was added to the queue, taken by a worker and finished (epoch ms). */
export interface JobTimes {
  readonly added: number;
  readonly taken: number;
  readonly finished: number;
}

/** The worker's own recompute counters, or null when this worker does not keep them. */
export async function readCounters(
  redisUrl: string,
  queuePrefix: string,
): Promise<RecomputeCounts | null> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const keys = ['stored', 'unchanged', 'skipped'].map(
      (outcome) => `${queuePrefix}:stats:recompute:${outcome}`,
    );
    const values = await redis.mget(...keys);
    if (values.every((value) => value === null)) return null;
    const [stored, unchanged, skipped] = values.map((value) => Number(value ?? 0));
    return { stored: stored ?? 0, unchanged: unchanged ?? 0, skipped: skipped ?? 0 };
  } finally {
    redis.disconnect();
  }
}

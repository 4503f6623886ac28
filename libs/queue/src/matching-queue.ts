import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { MatchingJobPayloads } from './job-payloads';
import { OFFERING_CHANGE_STREAM_LENGTH, offeringChangeStreamKey } from './offering-change-stream';
import { MatchingJob, QueueName } from './queue-names';
import {
  partitionOf,
  RECOMPUTE_PARTITIONS,
  RecomputeBacklog,
  type BacklogItem,
} from './recompute-backlog';
import { RedisConnections } from './redis/redis-connections';
import { REQUEST_CHANGE_STREAM_LENGTH, requestChangeStreamKey } from './request-change-stream';
import type { TypedQueue } from './typed-queue';

export const NIGHTLY_SWEEP_SCHEDULER = 'nightly-sweep';

/**
 * Producer for the matching queue, shared by api and worker. The backlog and the change streams
 * use the queue's own connection (the process's `queue` connection).
 */
@Injectable()
export class MatchingQueue {
  /** One per partition (RECOMPUTE_PARTITIONS), indexed by partition. */
  readonly backlogs: readonly RecomputeBacklog[];
  private readonly connection: Redis;
  private readonly offeringChanges: string;
  private readonly requestChanges: string;
  private readonly prefix: string;

  constructor(
    @InjectQueue(QueueName.Matching) readonly queue: TypedQueue<MatchingJobPayloads>,
    redis: RedisConnections,
  ) {
    this.connection = redis.connection('queue');
    this.prefix = redis.prefix;
    this.offeringChanges = offeringChangeStreamKey(this.prefix);
    this.requestChanges = requestChangeStreamKey(this.prefix);
    this.backlogs = Array.from(
      { length: RECOMPUTE_PARTITIONS },
      (_, partition) => new RecomputeBacklog(this.connection, this.prefix, partition),
    );
  }

  async offeringChanged(payload: MatchingJobPayloads[MatchingJob.OfferingChanged]): Promise<void> {
    const streamId = await this.appendChange(this.offeringChanges, OFFERING_CHANGE_STREAM_LENGTH, [
      'offeringId',
      payload.offeringId,
    ]);
    await this.queue.add(MatchingJob.OfferingChanged, { ...payload, streamId });
  }

  async requestChanged(payload: MatchingJobPayloads[MatchingJob.RequestChanged]): Promise<void> {
    await this.appendChange(this.requestChanges, REQUEST_CHANGE_STREAM_LENGTH, [
      'requestId',
      payload.requestId,
    ]);
    await this.queue.add(MatchingJob.RequestChanged, payload);
  }

  /**
   * Puts requests on the recompute backlog (one entry per request, however many changes reach
   * it) and wakes the backlog job. One backlog job runs at a time, with at most one waiting
   * behind it (BullMQ keepLastIfActive), so items added while it runs are never stranded.
   */
  async recomputeShortlists(items: readonly BacklogItem[]): Promise<void> {
    const byPartition = new Map<number, BacklogItem[]>();
    for (const item of items) {
      const partition = partitionOf(item.requestId);
      const list = byPartition.get(partition);
      if (list) list.push(item);
      else byPartition.set(partition, [item]);
    }
    for (const [partition, partitionItems] of byPartition) {
      await this.backlogs[partition]?.add(partitionItems);
      await this.wakeBacklog(partition);
    }
  }

  /**
   * Makes sure a backlog job will run for every partition that holds entries: entries a dead or
   * failed batch left behind are taken again even if no new change arrives.
   */
  async wakeWaitingBacklogs(): Promise<number> {
    let woken = 0;
    for (const backlog of this.backlogs) {
      if ((await backlog.size()) === 0) continue;
      await this.wakeBacklog(backlog.partition);
      woken++;
    }
    return woken;
  }

  private async wakeBacklog(partition: number): Promise<void> {
    await this.queue.add(
      MatchingJob.RecomputeBacklog,
      { partition },
      {
        deduplication: {
          id: `${MatchingJob.RecomputeBacklog}:${partition}`,
          keepLastIfActive: true,
        },
      },
    );
  }

  async policyChanged(payload: MatchingJobPayloads[MatchingJob.PolicyChanged]): Promise<void> {
    await this.queue.add(MatchingJob.PolicyChanged, payload);
  }

  /** One sweep at a time: a second request while one waits is dropped. */
  async sweep(payload: MatchingJobPayloads[MatchingJob.Sweep]): Promise<void> {
    await this.queue.add(MatchingJob.Sweep, payload, { deduplication: { id: 'sweep' } });
  }

  /** The nightly sweep, 03:00 Dutch time; idempotent, so every worker may call it at start. */
  async scheduleNightlySweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      NIGHTLY_SWEEP_SCHEDULER,
      { pattern: '0 3 * * *', tz: 'Europe/Amsterdam' },
      { name: MatchingJob.Sweep, data: { trigger: 'schedule' } },
    );
  }

  /** Today's coverage snapshot; a second request while one waits is dropped. */
  async coverageSnapshot(
    payload: MatchingJobPayloads[MatchingJob.CoverageSnapshot],
  ): Promise<void> {
    await this.queue.add(MatchingJob.CoverageSnapshot, payload, {
      deduplication: { id: 'coverage-snapshot' },
    });
  }

  /** The daily coverage snapshot, 00:15 Dutch time; idempotent like the nightly sweep. */
  async scheduleDailyCoverageSnapshot(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'daily-coverage-snapshot',
      { pattern: '15 0 * * *', tz: 'Europe/Amsterdam' },
      { name: MatchingJob.CoverageSnapshot, data: { trigger: 'schedule' } },
    );
  }

  async counts(): Promise<Record<string, number>> {
    const [counts, schedulers] = await Promise.all([
      this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'),
      this.queue.getJobSchedulersCount(),
    ]);
    // Each job scheduler keeps its next run as a delayed job: that is no pending work.
    const delayed = Math.max(0, (counts.delayed ?? 0) - schedulers);
    return { ...counts, delayed, scheduled: schedulers, backlog: await this.backlogSize() };
  }

  async backlogSize(): Promise<number> {
    const sizes = await Promise.all(this.backlogs.map((backlog) => backlog.size()));
    return sizes.reduce((sum, size) => sum + size, 0);
  }

  /** Reads a key in this queue's namespace (statistics written by workers). */
  async readStat(name: string): Promise<string | null> {
    return this.connection.get(`${this.prefix}:${name}`);
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async hasNightlySweep(): Promise<boolean> {
    return (await this.queue.getJobScheduler(NIGHTLY_SWEEP_SCHEDULER)) !== undefined;
  }

  /** Whether the producer connection is up (commands fail at once while it is not). */
  isConnected(): boolean {
    return this.connection.status === 'ready';
  }

  /** Called each time the producer connection to Redis is (re)established. */
  onConnected(listener: () => void): void {
    this.connection.on('ready', listener);
  }

  /**
   * Sets the marker saying that Redis holds this deployment's data (queues, backlog, streams);
   * true when it was missing: Redis is new, or it lost its data (restarted without persistence,
   * failed over to an empty replica, flushed).
   */
  async claimDataMarker(): Promise<boolean> {
    const key = `${this.prefix}:data-marker`;
    return (await this.connection.set(key, new Date().toISOString(), 'NX')) === 'OK';
  }

  /** Appended before the job is queued: whoever handles the job finds the change on the stream. */
  private async appendChange(
    stream: string,
    length: number,
    field: readonly [name: string, id: string],
  ): Promise<string | undefined> {
    return (await this.connection.xadd(stream, 'MAXLEN', '~', length, '*', ...field)) ?? undefined;
  }
}

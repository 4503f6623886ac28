import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { MatchingRedis } from '../shared/matching-redis';

/** Published on Redis whenever a new shortlist revision is stored, for live updates. */
export interface ShortlistUpdatedEvent {
  readonly requestId: string;
  readonly revision: number;
}

export type RecomputeOutcomeKind = 'stored' | 'unchanged' | 'skipped';

export function shortlistUpdatedChannel(queuePrefix: string): string {
  return `${queuePrefix}:shortlist-updated`;
}

/** Publishes shortlist events through Redis so that every api instance can forward them. */
@Injectable()
export class ShortlistEvents {
  private readonly logger = new Logger(ShortlistEvents.name);
  private readonly redis: Redis;
  private readonly channel: string;
  private readonly statsPrefix: string;

  constructor(shared: MatchingRedis) {
    this.redis = shared.client;
    this.channel = shortlistUpdatedChannel(shared.prefix);
    this.statsPrefix = `${shared.prefix}:stats:recompute`;
  }

  /** Best effort: a lost event only delays a screen refresh; the stored revision is the truth. */
  async published(events: readonly ShortlistUpdatedEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      const pipeline = this.redis.pipeline();
      for (const event of events) pipeline.publish(this.channel, JSON.stringify(event));
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`could not publish shortlist updates: ${(error as Error).message}`);
    }
  }

  /** Adds one batch's duration, for metrics (sum and count of batch seconds). */
  async timed(seconds: number): Promise<void> {
    try {
      await this.redis
        .pipeline()
        .incrbyfloat(`${this.statsPrefix}:seconds`, seconds)
        .incr(`${this.statsPrefix}:batches`)
        .exec();
    } catch {
      // Statistics only.
    }
  }

  /** Counts recompute outcomes (work done), for benchmarks and metrics. */
  async counted(outcomes: readonly RecomputeOutcomeKind[]): Promise<void> {
    const totals = new Map<RecomputeOutcomeKind, number>();
    for (const kind of outcomes) totals.set(kind, (totals.get(kind) ?? 0) + 1);
    if (totals.size === 0) return;
    try {
      const pipeline = this.redis.pipeline();
      for (const [kind, count] of totals) pipeline.incrby(`${this.statsPrefix}:${kind}`, count);
      await pipeline.exec();
    } catch {
      // Statistics only; never fail a recompute for them.
    }
  }
}

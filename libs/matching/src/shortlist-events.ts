import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { MatchingRedis } from './matching-redis';

/** Published on Redis whenever a new shortlist revision is stored, for live updates. */
export interface ShortlistUpdatedEvent {
  readonly requestId: string;
  readonly revision: number;
}

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
  async published(event: ShortlistUpdatedEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`could not publish shortlist update: ${(error as Error).message}`);
    }
  }

  /** Counts recompute outcomes (work done), for benchmarks and metrics. */
  async counted(outcome: 'stored' | 'unchanged' | 'skipped'): Promise<void> {
    try {
      await this.redis.incr(`${this.statsPrefix}:${outcome}`);
    } catch {
      // Statistics only; never fail a recompute for them.
    }
  }
}

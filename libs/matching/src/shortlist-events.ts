import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';

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
export class ShortlistEvents implements OnModuleDestroy {
  private readonly logger = new Logger(ShortlistEvents.name);
  private readonly redis: Redis;
  private readonly channel: string;
  private readonly statsPrefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
    this.channel = shortlistUpdatedChannel(config.QUEUE_PREFIX);
    this.statsPrefix = `${config.QUEUE_PREFIX}:stats:recompute`;
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

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

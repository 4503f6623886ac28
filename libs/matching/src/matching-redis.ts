import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';

/**
 * The one Redis client the matching services share (change stream, policy version, events,
 * statistics): commands only, no subscriptions. Connects on first use.
 */
@Injectable()
export class MatchingRedis implements OnModuleDestroy {
  readonly client: Redis;
  /** The deployment's key prefix (QUEUE_PREFIX), shared with its queues. */
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.prefix = config.QUEUE_PREFIX;
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}

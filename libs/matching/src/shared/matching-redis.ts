import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisConnections } from '@wmo/queue';

/**
 * The one Redis client the matching services share (change stream, policy version, events,
 * statistics): the process's `commands` connection, no subscriptions. Connects on first use.
 */
@Injectable()
export class MatchingRedis {
  readonly client: Redis;
  /** The deployment's key prefix (QUEUE_PREFIX), shared with its queues. */
  readonly prefix: string;

  constructor(redis: RedisConnections) {
    this.client = redis.connection('commands');
    this.prefix = redis.prefix;
  }
}

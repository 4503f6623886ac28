import { Redis, type RedisOptions } from 'ioredis';

/**
 * A connection for BullMQ. Workers need maxRetriesPerRequest null (BullMQ requires it for
 * blocking commands); producers fail fast so an API call errors cleanly while Redis is away.
 */
export function createRedisConnection(url: string, role: 'producer' | 'worker'): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
  return new Redis(url, options);
}

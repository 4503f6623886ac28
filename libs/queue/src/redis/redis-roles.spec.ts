import { redisOptionsFor } from './redis-roles';

describe('Redis connection roles', () => {
  it('lets BullMQ workers and subscribers wait for Redis to come back', () => {
    expect(redisOptionsFor('blocking').maxRetriesPerRequest).toBeNull();
    expect(redisOptionsFor('blocking').enableOfflineQueue).not.toBe(false);
    expect(redisOptionsFor('subscriber').maxRetriesPerRequest).toBeNull();
  });

  it('makes queue producers fail at once while Redis is away', () => {
    expect(redisOptionsFor('queue')).toMatchObject({ enableOfflineQueue: false });
    expect(redisOptionsFor('queue').maxRetriesPerRequest).toBeGreaterThan(0);
  });

  it('connects plain command and subscriber connections on first use', () => {
    expect(redisOptionsFor('commands').lazyConnect).toBe(true);
    expect(redisOptionsFor('subscriber').lazyConnect).toBe(true);
    expect(redisOptionsFor('commands').maxRetriesPerRequest).toBeGreaterThan(0);
  });

  it('auto-pipelines only the plain command connection', () => {
    expect(redisOptionsFor('commands').enableAutoPipelining).toBe(true);
    for (const role of ['queue', 'blocking', 'subscriber'] as const) {
      expect(redisOptionsFor(role).enableAutoPipelining).toBeFalsy();
    }
  });

  it('reconnects soon but at most every 2 s', () => {
    const retry = redisOptionsFor('blocking').retryStrategy;
    expect(retry?.(1)).toBe(200);
    expect(retry?.(100)).toBe(2_000);
  });

  it('never sets a key prefix on the client, which BullMQ refuses', () => {
    for (const role of ['commands', 'queue', 'blocking', 'subscriber'] as const) {
      expect(redisOptionsFor(role).keyPrefix).toBeUndefined();
    }
  });
});

import type { RedisOptions } from 'ioredis';

/**
 * What a Redis connection is for; each role needs other options.
 *
 * - `commands`: plain commands (counters, streams, publish), shared by the services of one
 *   process. Connects on first use; a command waits through two reconnection attempts, then
 *   fails, so a caller that can do without Redis (rate limits) goes on. Auto-pipelined: the
 *   commands that concurrent requests and jobs send in one tick of the event loop go out in one
 *   write (bench/RESULTS.md section 11: 6–16 % more reads per second). No blocking command and
 *   no subscription runs on it; every key shares the prefix's hash tag, so one slot.
 * - `queue`: BullMQ producers and the backlog, shared by the queues of one process. Fails at
 *   once while Redis is away (no offline queue), so an api call errors cleanly.
 * - `blocking`: one per BullMQ worker (which duplicates it for its blocking reads). A command
 *   waits for Redis to come back (offline queue, maxRetriesPerRequest null, as BullMQ asks).
 *   Never the `queue` connection: BullMQ takes its "Stream isn't writeable" error for one that
 *   is not about the connection and fetches the next job again at once, without a delay, so a
 *   worker with jobs waiting spun on the event loop until it was killed.
 * - `subscriber`: one pub/sub channel listener; in subscriber mode a connection can run no
 *   other command, so each listener has its own.
 */
export type RedisRole = 'commands' | 'queue' | 'blocking' | 'subscriber';

/** Reconnect soon, but never more often than every 2 s once Redis stays away. */
const reconnectSoon = (attempt: number): number => Math.min(attempt * 200, 2_000);

export function redisOptionsFor(role: RedisRole): RedisOptions {
  switch (role) {
    case 'commands':
      return { maxRetriesPerRequest: 2, lazyConnect: true, enableAutoPipelining: true };
    case 'queue':
      return { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: reconnectSoon };
    case 'blocking':
      return { maxRetriesPerRequest: null, enableOfflineQueue: true, retryStrategy: reconnectSoon };
    case 'subscriber':
      return { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: reconnectSoon };
  }
}

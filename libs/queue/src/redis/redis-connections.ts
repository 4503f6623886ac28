import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { redisOptionsFor, type RedisRole } from './redis-roles';

type SharedRole = Extract<RedisRole, 'commands' | 'queue'>;

/**
 * The one place where Redis connections are made (a spec checks that no other file does).
 * Every key lives under `prefix` (QUEUE_PREFIX): with a `{hash tag}` in it, Redis Cluster keeps
 * all of a deployment's keys in one slot, which BullMQ's and the backlog's scripts need. The
 * prefix is written into each key, not set as ioredis's keyPrefix, which BullMQ refuses.
 * Closes what it made when the application shuts down; global modules shut down last, after
 * the workers and queues that use these connections.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  /** The deployment's key prefix (QUEUE_PREFIX), shared by queues and every other key. */
  readonly prefix: string;
  private readonly shared = new Map<SharedRole, Redis>();
  private readonly own: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.prefix = config.QUEUE_PREFIX;
  }

  /** This process's one connection of the role, made on first use. */
  connection(role: SharedRole): Redis {
    let connection = this.shared.get(role);
    if (!connection) {
      connection = this.create(role);
      this.shared.set(role, connection);
    }
    return connection;
  }

  /** A connection of its own, for a caller that must not share one (a subscriber, a worker). */
  open(role: Extract<RedisRole, 'subscriber' | 'blocking'>): Redis {
    const connection = this.create(role);
    this.own.push(connection);
    return connection;
  }

  onApplicationShutdown(): void {
    for (const connection of [...this.shared.values(), ...this.own]) connection.disconnect();
    this.shared.clear();
    this.own.length = 0;
  }

  private create(role: RedisRole): Redis {
    return new Redis(this.config.REDIS_URL, redisOptionsFor(role));
  }
}

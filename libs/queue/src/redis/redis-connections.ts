import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { redisOptionsFor, type RedisRole } from './redis-roles';

type SharedRole = Extract<RedisRole, 'commands' | 'queue'>;

/**
 * For the queues' connection: BullMQ duplicates it for each worker (the worker's own connection
 * and its blocking one) and closes those copies itself. A copy gets the blocking role's
 * options, since BullMQ refuses a worker connection that gives up on a command.
 */
function withBlockingDuplicates(connection: Redis): Redis {
  const duplicate = (override?: Partial<RedisOptions>): Redis =>
    new Redis({ ...connection.options, ...redisOptionsFor('blocking'), ...override });
  return Object.assign(connection, { duplicate: duplicate as Redis['duplicate'] });
}

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

  /** A connection of its own, for a caller that must not share one (a subscriber). */
  open(role: Extract<RedisRole, 'subscriber'>): Redis {
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
    const connection = new Redis(this.config.REDIS_URL, redisOptionsFor(role));
    return role === 'queue' ? withBlockingDuplicates(connection) : connection;
  }
}

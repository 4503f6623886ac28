import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RedisConnections } from '@wmo/queue';

/**
 * Listens to one Redis pub/sub channel for this api instance, and hands every message to
 * `deliver`, which fans it out to the instance's own subscribers. Every instance listens, so a
 * subscriber hears of an event whichever process published it. Listening starts before the api
 * accepts connections: no subscriber can miss an early event.
 */
export abstract class RedisChannelListener implements OnModuleInit, OnModuleDestroy {
  protected readonly logger: Logger;
  private readonly subscriber: Redis;

  protected constructor(
    redis: RedisConnections,
    private readonly channel: string,
    name: string,
  ) {
    this.logger = new Logger(name);
    // A connection in subscriber mode can run no other command, so this one is its own.
    this.subscriber = redis.open('subscriber');
  }

  async onModuleInit(): Promise<void> {
    this.subscriber.on('message', (_channel: string, message: string) => {
      void this.deliver(message);
    });
    this.subscriber.on('error', (error: Error) =>
      this.logger.warn(`${this.channel}: ${error.message}`),
    );
    await this.subscriber.subscribe(this.channel);
  }

  onModuleDestroy(): void {
    this.subscriber.disconnect();
  }

  /** One message from the channel; must not throw (log instead). */
  protected abstract deliver(message: string): Promise<void>;
}

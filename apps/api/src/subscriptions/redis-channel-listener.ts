import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';

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
    redisUrl: string,
    private readonly channel: string,
    name: string,
  ) {
    this.logger = new Logger(name);
    // A connection in subscriber mode can run no other command, so this one is its own.
    this.subscriber = new Redis(redisUrl, {
      maxRetriesPerRequest: null,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      lazyConnect: true,
    });
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

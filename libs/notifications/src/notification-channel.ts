import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';

/** Published on Redis when a notification is stored, so every api instance can push it live. */
export interface NotificationAddedEvent {
  readonly userId: string;
  readonly notificationId: string;
}

export function notificationAddedChannel(queuePrefix: string): string {
  return `${queuePrefix}:notification-added`;
}

/** Publishes stored notifications for live delivery (api and worker both store them). */
@Injectable()
export class NotificationChannel implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationChannel.name);
  private readonly redis: Redis;
  private readonly channel: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.channel = notificationAddedChannel(config.QUEUE_PREFIX);
  }

  /** Best effort: the notification is stored; a lost event only means the bell waits for a reload. */
  async published(event: NotificationAddedEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`could not publish a notification: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisConnections } from '@wmo/queue';

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
export class NotificationChannel {
  private readonly logger = new Logger(NotificationChannel.name);
  private readonly redis: Redis;
  private readonly channel: string;

  constructor(redis: RedisConnections) {
    this.redis = redis.connection('commands');
    this.channel = notificationAddedChannel(redis.prefix);
  }

  /** Best effort: the notification is stored; a lost event only means the bell waits for a reload. */
  async published(event: NotificationAddedEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`could not publish a notification: ${(error as Error).message}`);
    }
  }
}

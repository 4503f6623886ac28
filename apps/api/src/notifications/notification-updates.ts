import { Injectable } from '@nestjs/common';
import { RedisConnections } from '@wmo/queue';
import { RedisChannelListener } from '../subscriptions/redis-channel-listener';
import type { Notification } from '@wmo/domain';
import { notificationAddedChannel } from '@wmo/notifications';
import { isObjectId, NotificationRepository } from '@wmo/persistence';
import { NotificationStream } from './notification-stream';

/**
 * Forwards stored notifications to this api instance's subscribers: one Redis subscription per
 * process, fanned out per user. Api and worker both store notifications and publish them.
 */
@Injectable()
export class NotificationUpdates extends RedisChannelListener {
  private readonly subscribers = new Map<string, Set<NotificationStream<Notification>>>();

  constructor(
    redis: RedisConnections,
    private readonly notifications: NotificationRepository,
  ) {
    super(redis, notificationAddedChannel(redis.prefix), NotificationUpdates.name);
  }

  /** Every notification stored for this user from now on, until the stream is returned. */
  open(userId: string): AsyncIterableIterator<Notification> {
    const stream: NotificationStream<Notification> = new NotificationStream(() => {
      const forUser = this.subscribers.get(userId);
      forUser?.delete(stream);
      if (forUser?.size === 0) this.subscribers.delete(userId);
    });
    const forUser = this.subscribers.get(userId) ?? new Set();
    forUser.add(stream);
    this.subscribers.set(userId, forUser);
    return stream;
  }

  protected async deliver(message: string): Promise<void> {
    const event = parseEvent(message);
    const forUser = event ? this.subscribers.get(event.userId) : undefined;
    if (!event || !forUser?.size) return;
    try {
      // Read back scoped to the user: the event names it, the database decides.
      const notification = await this.notifications.findOwn(event.userId, event.notificationId);
      if (notification) forUser.forEach((stream) => stream.push(notification));
    } catch (error) {
      this.logger.warn(`could not load a notification: ${(error as Error).message}`);
    }
  }
}

function parseEvent(message: string): { userId: string; notificationId: string } | null {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { userId, notificationId } = parsed as Record<string, unknown>;
    return isObjectId(userId) && isObjectId(notificationId) ? { userId, notificationId } : null;
  } catch {
    return null;
  }
}

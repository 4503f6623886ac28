import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import {
  audienceOf,
  emailTextOf,
  eventKeyOf,
  notificationIdOf,
  notificationTextOf,
  type NotificationEvent,
  type User,
} from '@wmo/domain';
import {
  EmailOutboxRepository,
  NotificationRepository,
  NotificationSettingsRepository,
  UserRepository,
} from '@wmo/persistence';
import { NotificationQueue } from '@wmo/queue';
import { NotificationChannel } from './notification-channel';
import { emailEnabled, loginUrlOf } from './email-config';

/**
 * Stores what an event tells whom: a notification per user and, for users who did not switch
 * e-mail off (and when SMTP is configured), an e-mail in the outbox. Called right after the
 * state change it announces. Every write is an insert under a key derived from the event, so
 * reporting the same event again — a retry, the sweep, a crash's follow-up — adds nothing:
 * callers may always report again when unsure.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly notifications: NotificationRepository,
    private readonly outbox: EmailOutboxRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly queue: NotificationQueue,
    private readonly channel: NotificationChannel,
  ) {}

  /** Stores the event's notifications; returns how many were new. */
  async notify(event: NotificationEvent, now = new Date()): Promise<number> {
    const recipients = await this.recipientsOf(event);
    if (recipients.length === 0) return 0;
    const eventKey = eventKeyOf(event);
    const text = notificationTextOf(event);
    const noEmail = emailEnabled(this.config)
      ? await this.settings.emailDisabled(recipients.map((user) => user.id))
      : null;
    let added = 0;
    for (const user of recipients) {
      const key = notificationIdOf(eventKey, user.id);
      const stored = await this.notifications.insert({
        key,
        userId: user.id,
        kind: event.kind,
        ...text,
        createdAt: now,
      });
      if (stored) {
        added += 1;
        await this.channel.published({ userId: user.id, notificationId: stored.id });
      }
      // Also when the notification was already there: a crash may have come in between.
      if (noEmail && !noEmail.has(user.id)) await this.queueEmail(key, user, event, now);
    }
    return added;
  }

  /** For callers that must not fail after their state change is stored: logs instead. */
  async notifySafely(event: NotificationEvent): Promise<void> {
    try {
      await this.notify(event);
    } catch (error) {
      this.logger.warn(
        `notification ${event.kind} not stored: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  private async queueEmail(
    key: string,
    user: User,
    event: NotificationEvent,
    now: Date,
  ): Promise<void> {
    const email = emailTextOf(event.kind, loginUrlOf(this.config));
    await this.outbox.enqueue({
      id: key,
      userId: user.id,
      to: user.email,
      ...email,
      createdAt: now,
    });
    try {
      await this.queue.sendEmail(key);
    } catch (error) {
      // Stored in the outbox: the sweep sends it when the queue is back.
      this.logger.warn(`e-mail ${key} not queued: ${(error as Error).message}`);
    }
  }

  private async recipientsOf(event: NotificationEvent): Promise<User[]> {
    const audience = audienceOf(event);
    if ('providerId' in audience) return this.users.findByProvider(audience.providerId);
    return this.users.findByIds([audience.userId]);
  }
}

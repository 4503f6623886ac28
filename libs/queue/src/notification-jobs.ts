/** Jobs of the notifications queue (QueueName.Notifications). */
export enum NotificationJob {
  /** Send one e-mail of the outbox (claimed, so never by two workers at once). */
  SendEmail = 'send-email',
  /**
   * On a schedule: notifications that are due by the clock (holds ending within 24 hours,
   * stale capacity reports), notifications a crash cut short, and e-mails a lost job left.
   */
  NotificationSweep = 'notification-sweep',
}

export interface SendEmailJob {
  readonly emailId: string;
}

export type NotificationSweepJob = Record<string, never>;

export interface NotificationJobPayloads {
  [NotificationJob.SendEmail]: SendEmailJob;
  [NotificationJob.NotificationSweep]: NotificationSweepJob;
}

/** A handler for every job name: the compiler rejects a missing one. */
export type NotificationJobHandlers = {
  readonly [K in NotificationJob]: (payload: NotificationJobPayloads[K]) => Promise<unknown>;
};

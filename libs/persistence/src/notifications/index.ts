import { EmailOutboxRepository } from './email-outbox.repository';
import {
  EMAIL_CLAIM_MODEL,
  EMAIL_OUTBOX_MODEL,
  EMAIL_SENT_MODEL,
  emailClaimSchema,
  emailOutboxSchema,
  emailSentSchema,
} from './email-outbox.schema';
import { NotificationSettingsRepository } from './notification-settings.repository';
import {
  NOTIFICATION_SETTINGS_MODEL,
  notificationSettingsSchema,
} from './notification-settings.schema';
import { NotificationRepository } from './notification.repository';
import { NOTIFICATION_MODEL, notificationSchema } from './notification.schema';

export { EmailOutboxRepository, NotificationRepository, NotificationSettingsRepository };
export type { NewNotification } from './notification.repository';

/** What PersistenceModule registers for notifications and the e-mail outbox. */
export const notificationModels = [
  { name: NOTIFICATION_MODEL, schema: notificationSchema },
  { name: EMAIL_OUTBOX_MODEL, schema: emailOutboxSchema },
  { name: EMAIL_CLAIM_MODEL, schema: emailClaimSchema },
  { name: EMAIL_SENT_MODEL, schema: emailSentSchema },
  { name: NOTIFICATION_SETTINGS_MODEL, schema: notificationSettingsSchema },
];

export const notificationProviders = [
  NotificationRepository,
  EmailOutboxRepository,
  NotificationSettingsRepository,
];

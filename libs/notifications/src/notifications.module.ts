import { Module } from '@nestjs/common';
import { ConfigModule } from '@wmo/config';
import { PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { NotificationChannel } from './notification-channel';
import { Notifier } from './notifier';

/** Storing notifications and queuing their e-mails; shared by api and worker. */
@Module({
  imports: [ConfigModule, PersistenceModule, QueueModule],
  providers: [Notifier, NotificationChannel],
  exports: [Notifier, NotificationChannel],
})
export class NotificationsModule {}

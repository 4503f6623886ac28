import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wmo/persistence';
import { NotificationResolver } from './notification.resolver';
import { NotificationSubscriptionResolver } from './notification-subscription.resolver';
import { NotificationUpdates } from './notification-updates';

/** Users' notifications over GraphQL: list, unread count, read marks, e-mail setting, live. */
@Module({
  imports: [PersistenceModule],
  providers: [NotificationResolver, NotificationUpdates, NotificationSubscriptionResolver],
})
export class NotificationsApiModule {}

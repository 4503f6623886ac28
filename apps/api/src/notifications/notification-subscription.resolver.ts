import { Resolver, Subscription } from '@nestjs/graphql';
import { userIdOf, type Actor, type Notification } from '@wmo/domain';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NotificationModel, toNotificationModel } from './notification.types';
import { NotificationUpdates } from './notification-updates';
import { AuditExempt } from '../audit/audited.decorator';

@Resolver()
export class NotificationSubscriptionResolver {
  constructor(private readonly updates: NotificationUpdates) {}

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @AuditExempt("the caller's own notifications: at most a pseudonymous reference")
  @Subscription(() => NotificationModel, {
    description: 'Every new notification of the caller, as it is stored',
    resolve: (notification: Notification) => toNotificationModel(notification),
  })
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<Notification> {
    return this.updates.open(userIdOf(actor));
  }
}

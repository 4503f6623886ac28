import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { userIdOf, type Actor } from '@wmo/domain';
import { emailEnabled } from '@wmo/notifications';
import {
  checkedId,
  checkPageSize,
  encodeIdCursor,
  NotificationRepository,
  NotificationSettingsRepository,
} from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PageArgs } from '../graphql/page-args';
import { toConnection } from '../graphql/page-info';
import {
  MarkNotificationsReadArgs,
  NotificationConnection,
  NotificationSettingsModel,
  SetEmailNotificationsArgs,
  toNotificationModel,
} from './notification.types';
import { Audited, AuditExempt } from '../audit/audited.decorator';

/** A user's own notifications and e-mail setting; nobody sees another's. */
@Resolver()
export class NotificationResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
  ) {}

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @AuditExempt("the caller's own notifications: at most a pseudonymous reference")
  @Query(() => NotificationConnection, { description: 'Own notifications, newest first' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
  ): Promise<NotificationConnection> {
    const page = await this.store.page(userIdOf(actor), checkPageSize(first), after ?? null);
    return toConnection({ ...page, items: page.items.map(toNotificationModel) }, (node) =>
      encodeIdCursor(node.id),
    );
  }

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @AuditExempt('a count')
  @Query(() => Int, { description: 'How many own notifications are unread' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.store.unreadCount(userIdOf(actor));
  }

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @AuditExempt("the caller's own read marks")
  @Mutation(() => Int, { description: 'Marks own notifications read; returns how many changed' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    const checked = ids ? ids.map((id) => checkedId('ids', id)) : null;
    return this.store.markRead(userIdOf(actor), checked, new Date());
  }

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @AuditExempt("the caller's own settings")
  @Query(() => NotificationSettingsModel)
  async notificationSettings(@CurrentActor() actor: Actor): Promise<NotificationSettingsModel> {
    return this.settingsOf(userIdOf(actor));
  }

  @Allow('STAFF', 'PROVIDER', 'ADMIN')
  @Audited('CHANGE')
  @Mutation(() => NotificationSettingsModel, {
    description: 'Switches own e-mail notifications on or off; in-app notifications stay',
  })
  async setEmailNotifications(
    @CurrentActor() actor: Actor,
    @Args() { enabled }: SetEmailNotificationsArgs,
  ): Promise<NotificationSettingsModel> {
    const userId = userIdOf(actor);
    await this.settings.setEmailEnabled(userId, enabled, new Date());
    return this.settingsOf(userId);
  }

  private async settingsOf(userId: string): Promise<NotificationSettingsModel> {
    return {
      emailEnabled: await this.settings.emailEnabled(userId),
      emailAvailable: emailEnabled(this.config),
    };
  }
}

import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOTIFICATION_KINDS, type Notification } from '@wmo/domain';
import { Connection } from '../graphql/page-info';

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTIFICATION_KINDS)[number]]: K;
};
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about',
});

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: Notification['kind'];
  @Field({ description: 'Short, plain Dutch' }) title: string;
  @Field({ description: 'Plain Dutch; may name the pseudonymous request reference' })
  body: string;
  @Field({ description: 'Where to look in the web app (a path)' }) link: string;
  @Field() createdAt: Date;
  @Field() read: boolean;
}

export function toNotificationModel(notification: Notification): NotificationModel {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt,
    read: notification.readAt !== null,
  };
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}

@ObjectType('NotificationSettings')
export class NotificationSettingsModel {
  @Field({ description: 'This user receives notifications by e-mail too' })
  emailEnabled: boolean;
  @Field({ description: 'The platform sends e-mail at all (an SMTP server is configured)' })
  emailAvailable: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications; none given: all' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  ids?: string[] | null;
}

@ArgsType()
export class SetEmailNotificationsArgs {
  @Field() @IsBoolean() enabled: boolean;
}

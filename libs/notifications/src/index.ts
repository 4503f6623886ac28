export * from './notification-channel';
export * from './notifier';
export * from './email-config';
export * from './notifications.module';

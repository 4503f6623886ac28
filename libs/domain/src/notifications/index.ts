export * from './notification';
export * from './notification-rules';
export * from './notification-texts';
export * from './email-delivery';
export * from './capacity-reminder';
export * from './referral-notifications';

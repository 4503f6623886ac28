export * from './queue-names';
export * from './job-payloads';
export * from './redis-connection';
export * from './matching-queue';
export * from './referral-jobs';
export * from './referral-queue';
export * from './queue.module';
export * from './offering-change-stream';

import type { RegisterQueueOptions } from '@nestjs/bullmq';
import { QueueName } from './queue-names';

/** Each queue's retries and how long finished jobs are kept. */
export const QUEUE_REGISTRATIONS: readonly RegisterQueueOptions[] = [
  {
    name: QueueName.Matching,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 500 },
      // Keep failures visible for inspection; drop successes soon.
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  },
  {
    name: QueueName.Referrals,
    defaultJobOptions: {
      // Retries cover a referral still being stored and a database that is briefly away.
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  },
  {
    name: QueueName.Notifications,
    defaultJobOptions: {
      // An SMTP server away for a while: 1 s, 2 s, 4 s … about 8 minutes in all; the sweep
      // tries again after that.
      attempts: 10,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  },
  {
    name: QueueName.Retention,
    defaultJobOptions: {
      // A database away for a while: the run is resumable, so trying again is always safe.
      attempts: 5,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  },
];

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { ReferralJob } from './referral-jobs';
import { QueueName } from './queue-names';
import { createRedisConnection } from './redis-connection';

/**
 * Producer for the referrals queue. A hold's expiry is a delayed job: it waits in Redis, so it
 * also fires when no worker was running at the moment it fell due.
 */
@Injectable()
export class ReferralQueue implements OnModuleDestroy {
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
    this.queue = new Queue(QueueName.Referrals, {
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      defaultJobOptions: {
        // Retries cover a referral still being stored and a database that is briefly away.
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    });
  }

  /** One expiry job per referral; scheduling it again changes nothing. */
  async scheduleExpiry(referralId: string, dueAt: Date): Promise<void> {
    await this.queue.add(
      ReferralJob.ExpireHold,
      { referralId },
      { jobId: expiryJobId(referralId), delay: Math.max(0, dueAt.getTime() - Date.now()) },
    );
  }

  /**
   * Every few minutes, expire what is due but pending: a hold whose own job failed for good
   * (e.g. the database was away through all its retries) still expires. Idempotent.
   */
  async scheduleDueHoldsSweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DUE_HOLDS_SCHEDULER,
      { every: DUE_HOLDS_SWEEP_MS },
      { name: ReferralJob.ExpireDueHolds, data: {} },
    );
  }

  async hasDueHoldsSweep(): Promise<boolean> {
    return (await this.queue.getJobScheduler(DUE_HOLDS_SCHEDULER)) !== undefined;
  }

  /** Expire what is due now (after Redis lost the holds' delayed jobs). */
  async expireDueHoldsNow(): Promise<void> {
    await this.queue.add(ReferralJob.ExpireDueHolds, {});
  }

  /** Best effort: a job left behind finds nothing to do. */
  async cancelExpiry(referralId: string): Promise<void> {
    await this.queue.remove(expiryJobId(referralId)).catch(() => 0);
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

export const DUE_HOLDS_SCHEDULER = 'expire-due-holds';
const DUE_HOLDS_SWEEP_MS = 5 * 60 * 1000;

function expiryJobId(referralId: string): string {
  return `expire-hold-${referralId}`;
}

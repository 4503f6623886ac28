import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import type { Referral } from '@wmo/domain';
import { MatchingQueue } from './matching-queue';
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

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly matching: MatchingQueue,
  ) {
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
      'expire-due-holds',
      { every: DUE_HOLDS_SWEEP_MS },
      { name: ReferralJob.ExpireDueHolds, data: {} },
    );
  }

  /** Best effort: a job left behind finds nothing to do. */
  async cancelExpiry(referralId: string): Promise<void> {
    await this.queue.remove(expiryJobId(referralId)).catch(() => 0);
  }

  /**
   * Tells the matcher that a held place changed and, when the referral was decided, that the
   * request changed: placed (no longer active) or reopened (possibly excluding the offering).
   * Opening a referral makes the request REFERRED, which is still active: no request change.
   */
  async announce(referral: Referral, requestStatusChanged: boolean): Promise<void> {
    const cause = {
      kind: 'REFERRAL_CHANGED' as const,
      offeringId: referral.offeringId,
      referralId: referral.id,
    };
    await this.matching.offeringChanged({ offeringId: referral.offeringId, cause });
    if (requestStatusChanged) {
      await this.matching.requestChanged({
        requestId: referral.requestId,
        cause: { kind: 'REFERRAL_CHANGED', referralId: referral.id },
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

const DUE_HOLDS_SWEEP_MS = 5 * 60 * 1000;

function expiryJobId(referralId: string): string {
  return `expire-hold-${referralId}`;
}

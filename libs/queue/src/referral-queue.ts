import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ReferralJob, type ReferralJobPayloads } from './referral-jobs';
import { QueueName } from './queue-names';
import type { TypedQueue } from './typed-queue';

/**
 * Producer for the referrals queue. A hold's expiry is a delayed job: it waits in Redis, so it
 * also fires when no worker was running at the moment it fell due.
 */
@Injectable()
export class ReferralQueue {
  constructor(@InjectQueue(QueueName.Referrals) readonly queue: TypedQueue<ReferralJobPayloads>) {}

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
}

export const DUE_HOLDS_SCHEDULER = 'expire-due-holds';
const DUE_HOLDS_SWEEP_MS = 5 * 60 * 1000;

function expiryJobId(referralId: string): string {
  return `expire-hold-${referralId}`;
}

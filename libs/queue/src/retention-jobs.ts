/** Jobs of the retention queue (QueueName.Retention). */
export enum RetentionJob {
  /**
   * Anonymise finished requests past their retention, delete their shortlists and resident
   * links, purge ended links and old audit entries. Idempotent and resumable.
   */
  ApplyRetention = 'apply-retention',
}

export interface ApplyRetentionJob {
  /** Who asked: the schedule, or an operator running it by hand. */
  readonly trigger: 'schedule' | 'manual';
}

/** The payload of each retention job; producers and handlers share it. */
export interface RetentionJobPayloads {
  [RetentionJob.ApplyRetention]: ApplyRetentionJob;
}

/** A handler for every job name: the compiler rejects a missing one. */
export type RetentionJobHandlers = {
  readonly [K in RetentionJob]: (payload: RetentionJobPayloads[K]) => Promise<unknown>;
};

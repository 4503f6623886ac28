/** Jobs of the referrals queue (QueueName.Referrals). */
export enum ReferralJob {
  /**
   * A hold fell due: expire it if nobody answered. Also finishes a move whose follow-up a crash
   * interrupted, and frees what a referral that was never stored still holds.
   */
  ExpireHold = 'expire-hold',
  /** Safety net on a schedule: expire every pending hold that is due but still pending. */
  ExpireDueHolds = 'expire-due-holds',
}

export interface ExpireHoldJob {
  readonly referralId: string;
}

export type ExpireDueHoldsJob = Record<string, never>;

/** The payload of each referral job; producers and handlers share it. */
export interface ReferralJobPayloads {
  [ReferralJob.ExpireHold]: ExpireHoldJob;
  [ReferralJob.ExpireDueHolds]: ExpireDueHoldsJob;
}

/** A handler for every job name: the compiler rejects a missing one. */
export type ReferralJobHandlers = {
  readonly [K in ReferralJob]: (payload: ReferralJobPayloads[K]) => Promise<unknown>;
};

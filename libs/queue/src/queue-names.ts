/** Every queue and job of the platform, named in one place. */
export enum QueueName {
  Matching = 'matching',
  /** Hold expiry (delayed jobs); jobs in referral-jobs.ts. */
  Referrals = 'referrals',
  /** E-mail outbox delivery and scheduled notifications; jobs in notification-jobs.ts. */
  Notifications = 'notifications',
  /** Anonymisation and deletion past the retention periods; jobs in retention-jobs.ts. */
  Retention = 'retention',
}

export enum MatchingJob {
  /** An offering or its capacity changed: find the requests it can affect. */
  OfferingChanged = 'offering-changed',
  /** A request was created or changed: recompute its shortlist. */
  RequestChanged = 'request-changed',
  /** Work through the recompute backlog in batches (one such job at a time). */
  RecomputeBacklog = 'recompute-backlog',
  /** A municipality's matching policy changed: recompute its open requests. */
  PolicyChanged = 'policy-changed',
  /** Safety net: recompute every open request and count the ones that were out of date. */
  Sweep = 'sweep',
  /** Keep today's coverage of the region for the daily series (once a day; repeats are no-ops). */
  CoverageSnapshot = 'coverage-snapshot',
}

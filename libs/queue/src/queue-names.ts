/** Every queue and job of the platform, named in one place. */
export enum QueueName {
  Matching = 'matching',
}

export enum MatchingJob {
  /** An offering or its capacity changed: find the requests it can affect. */
  OfferingChanged = 'offering-changed',
  /** A request was created or changed: recompute its shortlist. */
  RequestChanged = 'request-changed',
  /** Recompute one request's shortlist (coalesced per request). */
  RecomputeShortlist = 'recompute-shortlist',
}

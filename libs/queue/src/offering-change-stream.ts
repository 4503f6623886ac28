/**
 * Every offering change is appended to this Redis stream before its job is queued, so a worker
 * that reads the stream before ranking sees every change that led to the job it is running.
 */
export function offeringChangeStreamKey(queuePrefix: string): string {
  return `${queuePrefix}:offering-changes`;
}

/** Keep about this many recent changes; a worker further behind reloads everything. */
export const OFFERING_CHANGE_STREAM_LENGTH = 100_000;

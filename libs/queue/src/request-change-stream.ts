/**
 * Every change to a request's matching data or status is appended to this Redis stream before
 * its job is queued, so a worker that reads the stream knows which requests to re-read.
 */
export function requestChangeStreamKey(queuePrefix: string): string {
  return `${queuePrefix}:request-changes`;
}

/** Keep about this many recent changes; a worker further behind reloads every open request. */
export const REQUEST_CHANGE_STREAM_LENGTH = 100_000;

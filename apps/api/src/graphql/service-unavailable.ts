/**
 * Whether an error means that MongoDB or Redis could not be reached (down, restarting, or the
 * connection lost): the request may be retried once the service is back, so the client gets
 * `SERVICE_UNAVAILABLE` instead of an internal error. Recognised by the drivers' error names and
 * ioredis's messages, through the `cause` chain.
 */
const MONGO_UNREACHABLE =
  /^Mongo(?:ose)?(?:ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared|ServerClosed)Error$/;
const REDIS_UNREACHABLE = [
  /^Connection is closed/,
  /Stream isn't writeable and enableOfflineQueue options is false/,
  /Reached the max retries per request limit/,
  /^connect ECONNREFUSED/,
  /^Command timed out/,
];

export function isServiceUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const { name, message } = current;
    if (MONGO_UNREACHABLE.test(name) || name === 'MaxRetriesPerRequestError') return true;
    if (REDIS_UNREACHABLE.some((pattern) => pattern.test(message))) return true;
    current = (current as Error & { cause?: unknown }).cause;
  }
  return false;
}

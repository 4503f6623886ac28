import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

/** A dependency that does not answer within this long counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * One readiness check for terminus: `up` when `probe` resolves within the timeout, `down` (with
 * the reason's kind, never its message: it may name hosts or users) otherwise.
 */
export async function probe(
  indicators: HealthIndicatorService,
  key: string,
  check: () => Promise<unknown>,
): Promise<HealthIndicatorResult> {
  const indicator = indicators.check(key);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return indicator.up();
  } catch (error) {
    return indicator.down({
      reason: error instanceof Error && error.message === 'timeout' ? 'timeout' : 'error',
    });
  } finally {
    clearTimeout(timer);
  }
}

/** A readiness check that is up while `ok()` says so. */
export function flag(
  indicators: HealthIndicatorService,
  key: string,
  ok: () => boolean,
): HealthIndicatorResult {
  const indicator = indicators.check(key);
  return ok() ? indicator.up() : indicator.down();
}

/** The database answers a ping on this connection (a mongoose Connection fits). */
export async function pingDatabase(connection: {
  readonly db?: { admin(): { ping(): Promise<unknown> } } | null;
}): Promise<void> {
  if (!connection.db) throw new Error('not connected');
  await connection.db.admin().ping();
}

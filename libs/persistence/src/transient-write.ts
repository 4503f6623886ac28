/**
 * Retrying writes that FerretDB's SQLite backend turned away because another writer held the
 * database: SQLite lets one writer in at a time, and a write that waits longer than FerretDB's
 * busy timeout fails with an internal error (code 1) whose message ends in
 * "database is locked (5) (SQLITE_BUSY)". Its transaction was rolled back, so nothing was
 * written and the write may simply be sent again. MongoDB never answers this way; there a write
 * goes through `retryTransientWrite` exactly once.
 */

/** MongoDB's InternalError, the code FerretDB gives every backend failure. */
const INTERNAL_ERROR = 1;
const SQLITE_BUSY = /database is locked|SQLITE_BUSY/;

export function isTransientLockError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  // Only this code: a duplicate key (11000) or a validation error is an answer, not a hiccup.
  return code === INTERNAL_ERROR && typeof message === 'string' && SQLITE_BUSY.test(message);
}

export interface TransientWriteRetry {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Upper bound of the first pause; doubled for every later one. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Uniform in [0, 1); for the jitter. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told before each repeat, so contention shows in the logs. */
  readonly onRetry: (error: unknown, attempt: number) => void;
}

// Each attempt may already have waited out SQLite's busy timeout: a few short, jittered pauses
// spread the writers that gave up together, and the bound keeps a stuck database from hanging
// the caller for long.
const DEFAULT_RETRY: TransientWriteRetry = {
  attempts: 4,
  firstDelayMs: 40,
  maxDelayMs: 400,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onRetry: () => undefined,
};

/** The pause before try `attempt + 1`: between half and all of the doubled bound. */
export function transientWriteDelayMs(
  attempt: number,
  retry: Pick<TransientWriteRetry, 'firstDelayMs' | 'maxDelayMs' | 'random'> = DEFAULT_RETRY,
): number {
  const bound = Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (attempt - 1));
  return bound / 2 + (retry.random() * bound) / 2;
}

/**
 * Runs a write, and runs it again after a short pause while it fails only because the database
 * was locked. `write` must be safe to send twice; an insert should carry its own `_id`, so that
 * a repeat of a write that did land fails as a duplicate instead of storing a second document.
 */
export async function retryTransientWrite<T>(
  write: () => Promise<T>,
  options: Partial<TransientWriteRetry> = {},
): Promise<T> {
  const retry = { ...DEFAULT_RETRY, ...options };
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isTransientLockError(error) || attempt >= retry.attempts) throw error;
      retry.onRetry(error, attempt);
      await retry.sleep(transientWriteDelayMs(attempt, retry));
    }
  }
}

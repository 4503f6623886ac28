import { LOCKED_WRITE_TURNS, type WriteTurns } from './write-turns';

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
  /**
   * No try starts later than this after the first lock error (a try already sent may still take
   * up to the database's busy timeout): the bound on how long a caller waits for its turn.
   */
  readonly deadlineMs: number;
  /** Where a write that met the lock waits before each repeat: one repeat at a time. */
  readonly turns: WriteTurns;
  readonly now: () => number;
  /** Upper bound of the first pause; doubled for every later one. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Uniform in [0, 1); for the jitter. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told before each repeat, so contention shows in the logs. */
  readonly onRetry: (error: unknown, attempt: number) => void;
}

// A burst of writes from one process (e.g. 100 capacity updates at once) meets the lock many
// times over: the writers that gave up wait in this process's line and go again one at a time,
// after short jittered pauses (other processes, e.g. the worker, write too). The deadline keeps
// a stuck database from hanging a caller for long; the attempts only stop a tight loop.
const DEFAULT_RETRY: TransientWriteRetry = {
  attempts: 60,
  deadlineMs: 30_000,
  turns: LOCKED_WRITE_TURNS,
  now: Date.now,
  firstDelayMs: 20,
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
 * Runs a write; while it fails only because the database was locked, it waits its turn in the
 * process's line (see WriteTurns) and runs again after a short pause, until `deadlineMs` after
 * the first lock error. The first try goes straight through: without contention nothing waits.
 * `write` must be safe to send twice; an insert should carry its own `_id`, so that a repeat of
 * a write that did land fails as a duplicate instead of storing a second document.
 */
export async function retryTransientWrite<T>(
  write: () => Promise<T>,
  options: Partial<TransientWriteRetry> = {},
): Promise<T> {
  const retry = { ...DEFAULT_RETRY, ...options };
  try {
    return await write();
  } catch (error) {
    if (!isTransientLockError(error) || retry.attempts <= 1) throw error;
    retry.onRetry(error, 1);
    const deadline = retry.now() + retry.deadlineMs;
    return retry.turns.take(() => repeatUntilStored(write, retry, deadline));
  }
}

/** Tries 2, 3, …: each after a jittered pause, none started after the deadline. */
async function repeatUntilStored<T>(
  write: () => Promise<T>,
  retry: TransientWriteRetry,
  deadline: number,
): Promise<T> {
  for (let attempt = 2; ; attempt++) {
    await retry.sleep(transientWriteDelayMs(attempt - 1, retry));
    try {
      return await write();
    } catch (error) {
      const late = retry.now() >= deadline;
      if (!isTransientLockError(error) || attempt >= retry.attempts || late) throw error;
      retry.onRetry(error, attempt);
    }
  }
}

/**
 * Turns for writes, one at a time per process: a write that met a locked SQLite database waits
 * here for its turn before it is sent again. The writers that met the lock together would
 * otherwise try again together and meet it again; in line, each finds the database free of
 * this process's other retries. Unbounded in count, so every caller gets its turn; the time a
 * caller waits is bounded by its own deadline (see retryTransientWrite).
 */
export class WriteTurns {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** Runs `work` when every earlier turn has finished (resolved or failed). */
  async take<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((resolve) => (release = resolve));
    this.waiting++;
    try {
      await previous;
      return await work();
    } finally {
      this.waiting--;
      release();
    }
  }

  /** Writes in line now, the running one included (for logs and tests). */
  get length(): number {
    return this.waiting;
  }
}

/** This process's line for writes that met a locked database. */
export const LOCKED_WRITE_TURNS = new WriteTurns();

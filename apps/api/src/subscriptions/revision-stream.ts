import type { ShortlistRevision } from '@wmo/domain';

/**
 * The revisions one subscriber has not seen yet, as an async iterator. Only the newest pending
 * revision is kept: a slow client skips intermediate ones instead of piling them up, and a
 * revision at or below the last one delivered (a late or repeated event) is dropped.
 */
export class RevisionStream<T> implements AsyncIterableIterator<T> {
  private pending: ShortlistRevision | null = null;
  private delivered = 0;
  private waiter: ((revision: ShortlistRevision | null) => void) | null = null;
  private closed = false;

  constructor(
    private readonly present: (revision: ShortlistRevision) => Promise<T>,
    private readonly onClose: () => void,
  ) {}

  push(revision: ShortlistRevision): void {
    if (this.closed) return;
    if (revision.revision <= Math.max(this.delivered, this.pending?.revision ?? 0)) return;
    if (this.waiter) {
      const wake = this.waiter;
      this.waiter = null;
      this.delivered = revision.revision;
      wake(revision);
    } else {
      this.pending = revision;
    }
  }

  async next(): Promise<IteratorResult<T>> {
    const revision = await this.take();
    if (!revision) return { done: true, value: undefined };
    try {
      return { done: false, value: await this.present(revision) };
    } catch (error) {
      this.close();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.close();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private take(): Promise<ShortlistRevision | null> {
    if (this.closed) return Promise.resolve(null);
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      this.delivered = pending.revision;
      return Promise.resolve(pending);
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = null;
    this.waiter?.(null);
    this.waiter = null;
    this.onClose();
  }
}

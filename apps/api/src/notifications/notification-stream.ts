/**
 * One subscriber's notifications not yet delivered, as an async iterator. Notifications are
 * few (a handful a day per user), so every one is kept until it is taken.
 */
export class NotificationStream<T> implements AsyncIterableIterator<T> {
  private readonly pending: T[] = [];
  private waiter: ((value: T | null) => void) | null = null;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiter) {
      const wake = this.waiter;
      this.waiter = null;
      wake(value);
    } else {
      this.pending.push(value);
    }
  }

  async next(): Promise<IteratorResult<T>> {
    if (this.closed) return { done: true, value: undefined };
    const value =
      this.pending.length > 0
        ? this.pending.shift()!
        : await new Promise<T | null>((resolve) => (this.waiter = resolve));
    return value === null ? { done: true, value: undefined } : { done: false, value };
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.pending.length = 0;
      this.waiter?.(null);
      this.waiter = null;
      this.onClose();
    }
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
